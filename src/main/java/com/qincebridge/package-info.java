/**
 * qince-bridge: closes the books between the zhixdl ERP and Qince (勤策).
 */
@NullMarked
package com.qincebridge;

import org.jspecify.annotations.NullMarked;
