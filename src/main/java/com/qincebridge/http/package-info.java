/**
 * What the zhixdl and Qince clients share: the three kinds of failure (transport, HTTP
 * status, contract) sorted into transient and permanent by type (a 2xx answer that is not
 * the API's envelope is transient; an envelope's refusal is permanent), the call policy
 * (bounded concurrency, requests per second, retry with exponential backoff and jitter),
 * one JSON POST over okhttp, and the field-length check done before anything is sent.
 */
@NullMarked
package com.qincebridge.http;

import org.jspecify.annotations.NullMarked;
