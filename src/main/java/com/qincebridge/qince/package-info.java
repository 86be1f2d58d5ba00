/**
 * The Qince (勤策) OpenAPI client: statements, statement customers and promotion
 * prepayments, signed per call; and the check of the pushes Qince sends us.
 */
@NullMarked
package com.qincebridge.qince;

import org.jspecify.annotations.NullMarked;
