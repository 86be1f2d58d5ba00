/**
 * The zhixdl ERP open-API client: paged queries of receivables (应收单), receipts (收款单),
 * payables (应付单) and payments (付款单), read leniently line by line, and the voucher-number
 * and third-party-id write-backs.
 */
@NullMarked
package com.qincebridge.erp;

import org.jspecify.annotations.NullMarked;
