/**
 * What the zhixdl and Qince clients share: the three kinds of failure (transport, HTTP
 * status, contract) sorted into transient and permanent by type, the call policy (bounded
 * concurrency, requests per second, retry with exponential backoff and jitter), one JSON
 * POST over okhttp, and the field-length check done before anything is sent.
 */
@NullMarked
package com.qincebridge.http;

import org.jspecify.annotations.NullMarked;
