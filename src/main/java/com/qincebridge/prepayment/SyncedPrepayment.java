package com.qincebridge.prepayment;

import java.util.List;

import com.qincebridge.qince.Prepayment;
import com.qincebridge.qince.PrepaymentDetail;
import com.qincebridge.qince.PrepaymentVariant;

/** A prepayment of the list query with all its lines, ready for the ledger. */
record SyncedPrepayment(PrepaymentVariant variant, Prepayment prepayment, List<PrepaymentDetail> details) {
}
