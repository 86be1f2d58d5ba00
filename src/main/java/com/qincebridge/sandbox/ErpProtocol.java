package com.qincebridge.sandbox;

import java.time.Clock;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The zhixdl protocol: one POST endpoint whose {@code business_type} and {@code method}
 * select the operation. The envelope is checked in the order of the status codes: a wrong
 * app_key is 00001, an unknown method (or a GET) 00002, no version 00003, no or an
 * unknown business_type 00004, no business_params 00005. Lenient where the documents are
 * wrong: business_params may also be a string holding the JSON object, and the method
 * {@code update} of the documents' examples is read as update_voucher_no or
 * update_third_id by the parameter it carries. A body that is not JSON gets HTTP 400.
 */
final class ErpProtocol implements Protocol {

	static final String PATH = "/open/company-customize-service/query";

	private static final Set<String> METHODS = Set.of("query", "update_voucher_no", "update_third_id");

	private final String appKey;

	private final ErpDataSet data;

	private final WriteBackLog writeBacks;

	private final Clock clock;

	ErpProtocol(String appKey, ErpDataSet data, WriteBackLog writeBacks, Clock clock) {
		this.appKey = appKey;
		this.data = data;
		this.writeBacks = writeBacks;
		this.clock = clock;
	}

	@Override
	public Call open(Request request) {
		JsonNode root = Json.parse(request.body());
		String type = Json.text(root, "business_type");
		JsonNode params = params(root);
		String method = method(Json.text(root, "method"), params);
		String endpoint = ((type != null) ? type : "-") + "/" + ((method != null) ? method : "-");
		boolean found = PATH.equals(request.path()) || (PATH + "/").equals(request.path());
		return new Call() {

			@Override
			public String endpoint() {
				return found ? endpoint : "http/404";
			}

			@Override
			public Answer answer() {
				return found ? ErpProtocol.this.answer(request, root, type, method, params)
						: Answer.errorPage(404, "Not Found");
			}

			@Override
			public Answer businessError(String code, String message) {
				return ErpEnvelope.failure(code, message);
			}

		};
	}

	private Answer answer(Request request, @Nullable JsonNode root, @Nullable String typeName, @Nullable String method,
			@Nullable JsonNode params) {
		if (!request.isPost()) {
			return ErpEnvelope.failure(ErpEnvelope.BAD_METHOD, "接口请求时需要使用POST方式");
		}
		if (root == null || !root.isObject()) {
			return ErpEnvelope.failure(400, ErpEnvelope.NO_BUSINESS_PARAMS, "请求体不是JSON对象");
		}
		if (!this.appKey.equals(Json.text(root, "app_key"))) {
			return ErpEnvelope.failure(ErpEnvelope.BAD_APP_KEY, "接口请求时,app_key错误");
		}
		if (method == null || !METHODS.contains(method)) {
			return ErpEnvelope.failure(ErpEnvelope.BAD_METHOD, "接口请求时,操作方法(method)错误: " + method);
		}
		if (Json.text(root, "version") == null) {
			return ErpEnvelope.failure(ErpEnvelope.NO_VERSION, "接口请求时必须包含version参数");
		}
		ErpDocumentType type = (typeName != null) ? ErpDocumentType.named(typeName).orElse(null) : null;
		if (type == null) {
			return ErpEnvelope.failure(ErpEnvelope.NO_BUSINESS_TYPE,
					"接口请求时必须包含业务类型参数(business_type)" + ((typeName != null) ? ",不支持: " + typeName : ""));
		}
		if (params == null) {
			return ErpEnvelope.failure(ErpEnvelope.NO_BUSINESS_PARAMS, "接口请求时必须包含业务参数(business_params)");
		}
		return switch (method) {
			case "query" -> ErpQueryAnswer.answer(this.data, type, params);
			case "update_voucher_no" -> update(type, ErpWriteBack.Kind.VOUCHER_NO, params);
			default -> update(type, ErpWriteBack.Kind.THIRD_ID, params);
		};
	}

	private Answer update(ErpDocumentType type, ErpWriteBack.Kind kind, JsonNode params) {
		String idField = kind.idField(type);
		String id = Json.text(params, idField);
		String value = Json.text(params, kind.valueField());
		if (id == null || value == null) {
			return ErpEnvelope.failure(ErpEnvelope.NO_BUSINESS_PARAMS,
					"业务参数(business_params)缺少" + idField + "或" + kind.valueField());
		}
		boolean exists = (kind == ErpWriteBack.Kind.VOUCHER_NO) ? !this.data.order(type, id).isEmpty()
				: this.data.line(type, id).isPresent();
		if (!exists) {
			return ErpEnvelope.failure(ErpEnvelope.UNKNOWN_ID, "单据不存在: " + idField + "=" + id);
		}
		this.writeBacks.record(type, kind, id, value, this.clock.instant());
		JsonNode result = Json.object().put("result", "success");
		return ErpEnvelope.success(result);
	}

	/** business_params as an object, also when sent as a string of JSON; else null. */
	private static @Nullable JsonNode params(@Nullable JsonNode root) {
		JsonNode params = (root != null) ? root.get("business_params") : null;
		if (params != null && params.isString()) {
			params = Json.parse(params.stringValue());
		}
		return (params != null && params.isObject()) ? params : null;
	}

	/**
	 * The method, the documents' bare {@code update} read by the parameter it carries.
	 */
	private static @Nullable String method(@Nullable String method, @Nullable JsonNode params) {
		if ("update".equals(method) && params != null) {
			if (params.has("voucher_no")) {
				return "update_voucher_no";
			}
			if (params.has("third_id")) {
				return "update_third_id";
			}
		}
		return method;
	}

}
