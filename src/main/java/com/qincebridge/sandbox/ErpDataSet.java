package com.qincebridge.sandbox;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.qincebridge.sandbox.Overlay.Group;
import org.jspecify.annotations.Nullable;

/**
 * The zhixdl simulator's documents: a generated data set (see {@link LineGenerator}) plus
 * the changes a test or the demo makes on top of it. Nothing is stored per line: every
 * stream and every page is computed, so memory holds at most the page being built, and a
 * stream only its current line however it is consumed. The order of lines is the order of
 * query answers: by day, then generated lines, then added lines in the order they were
 * added. Thread-safe; a change shows in every page computed after it, and in a stream
 * already under way for the lines it has not reached yet.
 * <p>
 * Expected totals for a statement test: {@code lines(company, type, month)} filtered on
 * {@link ErpDocumentLine#isWellFormed()}, its item type and counterparty, summing
 * {@link ErpDocumentLine#amount()}.
 */
public final class ErpDataSet {

	private final DataSetSpec spec;

	private final Customers customers;

	private final Overlay overlay = new Overlay();

	private final LineSource source;

	ErpDataSet(DataSetSpec spec) {
		this.spec = spec;
		this.customers = new Customers(spec);
		this.source = new LineSource(spec, new LineGenerator(spec, this.customers), this.overlay);
	}

	public DataSetSpec spec() {
		return this.spec;
	}

	/** The company codes: 101, 102, … */
	public List<String> companyCodes() {
		return IntStream.rangeClosed(1, this.spec.companies()).mapToObj(ErpNames::companyCode).toList();
	}

	/** Every customer of every company. */
	public List<ErpCustomer> customers() {
		return this.customers.all();
	}

	/** The customers known to Qince, in company and code order. */
	public List<ErpCustomer> knownCustomers() {
		return this.customers.all().stream().filter(ErpCustomer::knownToQince).toList();
	}

	/** Every line of every company, type and day, generated and added. */
	public Stream<ErpDocumentLine> lines() {
		List<Integer> companies = IntStream.rangeClosed(1, this.spec.companies()).boxed().toList();
		return LineCursor.stream(this.source, companies, List.of(ErpDocumentType.values()), LocalDate.MIN,
				LocalDate.MAX);
	}

	/** The lines of a company and type dated in a month, in query order. */
	public Stream<ErpDocumentLine> lines(String companyCode, ErpDocumentType type, YearMonth month) {
		return lines(companyCode, type, month.atDay(1), month.atEndOfMonth());
	}

	/**
	 * The lines of a company and type dated from {@code from} to {@code to}, inclusive.
	 */
	public Stream<ErpDocumentLine> lines(String companyCode, ErpDocumentType type, LocalDate from, LocalDate to) {
		return LineCursor.stream(this.source, List.of(companyIndex(companyCode)), List.of(type), from, to);
	}

	/**
	 * The number of lines {@link #lines(String, ErpDocumentType, LocalDate, LocalDate)}
	 * has.
	 */
	public long count(String companyCode, ErpDocumentType type, LocalDate from, LocalDate to) {
		int company = companyIndex(companyCode);
		return this.source.days(company, type, from, to)
			.stream()
			.mapToLong((day) -> this.source.groupSize(new Group(company, type, day)))
			.sum();
	}

	/** The line with a detail id, if the data set has it now. */
	public Optional<ErpDocumentLine> line(ErpDocumentType type, String detailId) {
		return this.source.read(() -> this.source.line(type, detailId));
	}

	/** The lines of an order, empty when the data set has no such order now. */
	public List<ErpDocumentLine> order(ErpDocumentType type, String orderId) {
		return this.source.read(() -> this.source.order(type, orderId));
	}

	/**
	 * Change the amount of a line (at most 2 decimals).
	 * @return the line as it is now
	 * @throws IllegalArgumentException when there is no such line
	 */
	public ErpDocumentLine changeAmount(ErpDocumentType type, String detailId, BigDecimal amount) {
		BigDecimal scaled = amount.setScale(2, RoundingMode.UNNECESSARY);
		return this.source.write(() -> {
			ErpDocumentLine line = existing(type, detailId);
			this.overlay.changeAmount(type, detailId, scaled);
			return line.withAmount(scaled);
		});
	}

	/**
	 * Add an order at the end of its day, one line per amount (at most 2 decimals each,
	 * signed as the item type's lines are). Its ids are fresh 19-digit ids; its code is
	 * like {@code YS-20250929-X0001}. The day may lie outside the spec's months.
	 * @param counterpartyCode a customer code for item types with a customer, any
	 * supplier code otherwise
	 * @return the added lines
	 */
	public List<ErpDocumentLine> addOrder(String companyCode, ErpItemType itemType, LocalDate day,
			String counterpartyCode, List<BigDecimal> amounts) {
		return add(companyCode, itemType, day, counterpartyCode, null, amounts);
	}

	/**
	 * Add an order with a code of the caller's choosing, such as one longer than a
	 * statement's VARCHAR(32) voucher_no; otherwise as
	 * {@link #addOrder(String, ErpItemType, LocalDate, String, List)}.
	 * @param orderCode the order code, sent as given
	 * @return the added lines
	 */
	public List<ErpDocumentLine> addOrder(String companyCode, ErpItemType itemType, LocalDate day,
			String counterpartyCode, String orderCode, List<BigDecimal> amounts) {
		if (orderCode.isBlank()) {
			throw new IllegalArgumentException("orderCode must not be blank");
		}
		return add(companyCode, itemType, day, counterpartyCode, orderCode, amounts);
	}

	/**
	 * Add an order whose lines have item types of their own, all of one document type
	 * (such as a receivable with a 销售应收 line and a 费用应收 line); otherwise as
	 * {@link #addOrder(String, ErpItemType, LocalDate, String, List)}.
	 * @param itemTypes the item type of each line, in the order of {@code amounts}
	 * @return the added lines
	 */
	public List<ErpDocumentLine> addMixedOrder(String companyCode, List<ErpItemType> itemTypes, LocalDate day,
			String counterpartyCode, List<BigDecimal> amounts) {
		return add(companyCode, itemTypes, day, counterpartyCode, null, amounts);
	}

	private List<ErpDocumentLine> add(String companyCode, ErpItemType itemType, LocalDate day, String counterpartyCode,
			@Nullable String orderCode, List<BigDecimal> amounts) {
		return add(companyCode, java.util.Collections.nCopies(Math.max(1, amounts.size()), itemType), day,
				counterpartyCode, orderCode, amounts);
	}

	private List<ErpDocumentLine> add(String companyCode, List<ErpItemType> itemTypes, LocalDate day,
			String counterpartyCode, @Nullable String orderCode, List<BigDecimal> amounts) {
		int company = companyIndex(companyCode);
		if (company == 0 || amounts.isEmpty()) {
			throw new IllegalArgumentException("unknown company " + companyCode + " or no amounts");
		}
		String[] counterparty = { counterpartyCode, this.customers.name(company, counterpartyCode) };
		List<ErpDocumentLine> lines = AddedLines.order(this.spec.seed(), this.overlay::nextSequence, company, itemTypes,
				day, counterparty, orderCode, amounts);
		return this.source.write(() -> {
			this.overlay.add(new Group(company, itemTypes.get(0).documentType(), day), lines);
			return List.copyOf(lines);
		});
	}

	/**
	 * Remove a line, generated or added.
	 * @return the removed line
	 * @throws IllegalArgumentException when there is no such line
	 */
	public ErpDocumentLine removeLine(ErpDocumentType type, String detailId) {
		return this.source.write(() -> {
			ErpDocumentLine line = existing(type, detailId);
			LineIds.Parsed id = LineIds.parse(detailId);
			if (id != null && id.kind() == LineIds.GENERATED_DETAIL) {
				this.overlay.remove(new Group(id.company(), type, id.day()), (int) id.ordinal());
			}
			else {
				this.overlay.removeAdded(type, detailId);
			}
			return line;
		});
	}

	/** Undo every change: the generated data set again. */
	public void clearChanges() {
		this.source.write(() -> {
			this.overlay.clear();
			return this;
		});
	}

	/** The 1-based index of a company code, 0 when the data set has no such company. */
	int companyIndex(String companyCode) {
		try {
			int index = Integer.parseInt(companyCode.strip()) - 100;
			return (index >= 1 && index <= this.spec.companies()) ? index : 0;
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	LineSource source() {
		return this.source;
	}

	private ErpDocumentLine existing(ErpDocumentType type, String detailId) {
		return this.source.line(type, detailId)
			.orElseThrow(() -> new IllegalArgumentException("no " + type + " line with detail id " + detailId));
	}

}
