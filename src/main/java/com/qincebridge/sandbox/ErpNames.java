package com.qincebridge.sandbox;

/**
 * The names the generated documents use: companies, customers, suppliers, departments,
 * staff, accounts and payment methods, in the style of the documents' examples.
 */
final class ErpNames {

	private static final String[] REGIONS = { "江西", "赣州", "吉安", "九江", "上饶", "宜春", "抚州", "萍乡" };

	private static final String[] BRANDS = { "小拇指", "好邻居", "万家福", "佳佳乐", "天天鲜", "惠民", "金鹰", "联华" };

	private static final String[] PLACES = { "北安小区", "赣江", "八一广场", "红谷滩", "青山湖", "滕王阁", "象湖", "朝阳", "昌北", "瑶湖", "湾里",
			"新建", "洪都", "青云谱", "艾溪湖", "莲塘" };

	private static final String[][] SUPPLIERS = { { "CS001", "测试供应商" }, { "AA0", "十勤" }, { "CS002", "华润饮料" },
			{ "CS003", "农夫山泉" }, { "CS004", "康师傅" }, { "CS005", "统一企业" }, { "CS006", "娃哈哈" }, { "CS007", "旺旺" } };

	private static final String[][] BRANCHES = { { "BM000005", "销售部" }, { "BM000006", "市场推广部" }, { "BM000004", "运营部" },
			{ "BM000008", "赣州仓" } };

	private static final String[][] STAFF = { { "HYK005", "周一鸣" }, { "HYK014", "吴佳旗" }, { "HYK006", "王献苓" },
			{ "HYK021", "陈发路" }, { "HYK009", "李明" }, { "HYK012", "张晓雨" } };

	private static final String[][] ACCOUNTS = { { "14319101040016604", "好又快公户农行16604" }, { "APP线上收款", "APP线上收款" },
			{ "36050188000012345", "好又快公户建行12345" } };

	private static final String[][] METHODS = { { "JSFS01_SYS", "现金" }, { "JSFS04_SYS", "电汇" },
			{ "JSFS02_SYS", "微信" } };

	private ErpNames() {
	}

	/** The code of the company with the 1-based index: 101, 102, … */
	static String companyCode(int company) {
		return Integer.toString(100 + company);
	}

	static String companyName(int company) {
		String region = REGIONS[(company - 1) % REGIONS.length];
		int round = (company - 1) / REGIONS.length;
		return region + ((round > 0) ? round + 1 : "") + "好又快公司";
	}

	/** The code of a company's customer with the 1-based index: C101-0001, … */
	static String customerCode(int company, int customer) {
		return "C" + companyCode(company) + "-" + String.format("%04d", customer);
	}

	/**
	 * Unique within a company: brand and place vary with the index, a number after 128.
	 */
	static String customerName(int company, int customer) {
		int index = customer - 1;
		String name = BRANDS[index % BRANDS.length] + PLACES[(index / BRANDS.length + company - 1) % PLACES.length]
				+ "店";
		int round = index / (BRANDS.length * PLACES.length);
		return (round > 0) ? name + (round + 1) : name;
	}

	static String[] supplier(int index) {
		return SUPPLIERS[index % SUPPLIERS.length];
	}

	static int supplierCount() {
		return SUPPLIERS.length;
	}

	static String[] branch(long hash) {
		return BRANCHES[Mix.below(hash, BRANCHES.length)];
	}

	static String[] staff(long hash) {
		return STAFF[Mix.below(hash, STAFF.length)];
	}

	static String[] account(long hash) {
		return ACCOUNTS[Mix.below(hash, ACCOUNTS.length)];
	}

	static String[] method(long hash) {
		return METHODS[Mix.below(hash, METHODS.length)];
	}

}
