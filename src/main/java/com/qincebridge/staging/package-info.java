/**
 * The ERP lines staged for the statements, and the operator-editable rules that put each
 * one in a {@link com.qincebridge.staging.Category}; provides the extract step of the
 * statement jobs ({@code StagingSteps}).
 */
@NullMarked
package com.qincebridge.staging;

import org.jspecify.annotations.NullMarked;
