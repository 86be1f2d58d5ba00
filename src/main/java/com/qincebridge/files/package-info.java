/**
 * Finance's files: tables read from CSV (UTF-8 with or without BOM, or GB18030) or .xlsx,
 * and tables written back as CSV with a BOM or as .xlsx, formula-looking cells made
 * inert.
 */
@NullMarked
package com.qincebridge.files;

import org.jspecify.annotations.NullMarked;
