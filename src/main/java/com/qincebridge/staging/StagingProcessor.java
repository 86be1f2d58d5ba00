package com.qincebridge.staging;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.qincebridge.support.Columns;
import com.qincebridge.erp.ErpLine;
import com.qincebridge.erp.ErpRow;
import com.qincebridge.staging.ErpWindowReader.FetchedWindow;
import com.qincebridge.staging.StagedWindow.Quarantined;
import com.qincebridge.staging.StagedWindow.Staged;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Reads a window from zhixdl and sorts its lines: classified, or quarantined with the
 * field and the reason (unreadable, or matched by no classification rule). Runs on the
 * step window's threads, one window each.
 */
final class StagingProcessor implements ItemProcessor<ExtractWindow, StagedWindow> {

	private final ErpWindowReader reader;

	private final ClassificationRules rules;

	/**
	 * @param reader reads the windows from zhixdl
	 * @param rules the classification rules of the step execution
	 */
	StagingProcessor(ErpWindowReader reader, ClassificationRules rules) {
		this.reader = reader;
		this.rules = rules;
	}

	@Override
	public StagedWindow process(ExtractWindow window) {
		FetchedWindow fetched = this.reader.read(window);
		List<Staged> lines = new ArrayList<>();
		List<Quarantined> quarantined = new ArrayList<>();
		for (ErpRow<ErpLine> row : fetched.rows()) {
			ErpLine line = row.line();
			if (line == null) {
				ErpRow.FieldError first = row.errors().get(0);
				quarantined.add(new Quarantined(window.businessType(), ErpWindowReader.key(row), window.companyCode(),
						window.day(), null, null, first.field(), row.describeErrors(), row.rawJson()));
				continue;
			}
			Optional<Classification> classification = this.rules.classify(line);
			if (classification.isPresent()) {
				Category category = classification.get().category();
				Optional<StagingChecks.Problem> problem = StagingChecks.check(line, category);
				if (problem.isPresent()) {
					boolean amountKept = !problem.get().field().equals(line.businessType().amountField());
					quarantined.add(new Quarantined(window.businessType(), ErpWindowReader.key(row),
							window.companyCode(), window.day(), Columns.fit(line.counterpartyCode(), 100),
							amountKept ? line.amount() : null, problem.get().field(), problem.get().reason(),
							row.rawJson()));
				}
				else {
					lines.add(new Staged(StagedLine.of(line, category), row.rawJson(), classification.get().rule()));
				}
			}
			else {
				quarantined.add(new Quarantined(window.businessType(), ErpWindowReader.key(row), window.companyCode(),
						window.day(), line.counterpartyCode(), line.amount(), "erp_item_type_code",
						"no classification rule matches erp_item_type_code \"" + line.itemTypeCode()
								+ "\", erp_item_type_name \"" + line.itemTypeName() + "\", amount " + line.amount(),
						row.rawJson()));
			}
		}
		return new StagedWindow(window, lines, quarantined, fetched.totalItems(), fetched.reads(),
				fetched.consistent());
	}

}
