package com.qincebridge.qince;

/**
 * The DATA examples of the prepayment documents that more than one test reads.
 */
final class PrepaymentFixtures {

	static final String DETAIL_ROWS = """
			[
			{
			"id": "7443692480703869490",
			"prepayment_code": "YFK2023061300000010",
			"activity_code": "SQ202303220075",
			"activity_cm_id": "6033516322825915357",
			"activity_cm_amount": "1.01",
			"prepaid_amount": "0.10",
			"prepayment_amount": "0.10",
			"verified_amount": "0",
			"verifying_amount": "0",
			"ext_data": {
			"商品单选": {
			"name": "红药水",
			"code": "SP202109150005",
			"id": "8100596779352169588",
			"source_code": ""
			},
			"文本2": "4",
			"文本框1": "2",
			"单选1": "选项2",
			"客户单选": {
			"name": "hts001的门店002",
			"code": "CUS000033",
			"id": "8314693660311196859",
			"source_code": ""
			}
			}
			}
			]
			""";

	static final String END_RECORD_ROWS = """
			[
			{
			"end_code": "YFK2023060600000008",
			"create_time": "2023-06-06 14:44:42",
			"creator_code": "asd",
			"creator_name": "ns",
			"end_reason": "xx",
			"activity_code": "SQ123",
			"activity_name": "撒旦",
			"supplier_name": "十分大",
			"supplier_code": "1231",
			"area_name": "阿斯顿",
			"apply_amount": "111",
			"prepayment_amount": "111",
			"verified_amount": "111",
			"end_amount": "111"
			}
			]
			""";

	static final String ONLINE_COST_END_RECORD_ROWS = """
			[
			{
			"activity_name": "08220001",
			"end_code": "GBYFK2024082900000001",
			"create_time": "2024-08-29 16:28",
			"end_reason": "",
			"activity_code": "SQ202408220019",
			"input_item_name": "带公示计算-淘宝、pdd",
			"exe_cycle": "2024-08-15 ~ 2024-08-31",
			"platform_name": "淘宝",
			"verified_amount": "",
			"creator_name": "闫沛",
			"id": "6056838570053526794",
			"prepayment_amount": 30,
			"end_amount": "30.00",
			"apply_amount": "30.00"
			}
			]
			""";

	private PrepaymentFixtures() {
	}

}
