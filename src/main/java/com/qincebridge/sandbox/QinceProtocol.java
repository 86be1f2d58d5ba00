package com.qincebridge.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The Qince OpenAPI protocol: {@code POST /api/{module}/v1/{operation}/{openid}/
 * {timestamp}/{digest}/{msg_id}} with a JSON body. An unknown address is HTTP 404,
 * another method than POST HTTP 405. Every call is then checked, in this order, and
 * refused with return_code 1 and a message naming the check: the openid; the timestamp,
 * which must be {@code yyyyMMddHHmmss} in Asia/Shanghai within the allowed skew of the
 * sandbox clock (so that a UTC or a milliseconds timestamp is caught); the digest, which
 * must be the lowercase hex MD5 of {@code body|appkey|timestamp}; the msg_id, at most 32
 * characters and never seen before (each try must have its own); and the body, a JSON
 * object.
 */
final class QinceProtocol implements Protocol {

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuuMMddHHmmss")
		.withResolverStyle(ResolverStyle.STRICT);

	private final SandboxCredentials credentials;

	private final Clock clock;

	private final Duration skew;

	private final BiFunction<QinceOperation, JsonNode, QinceResult> operations;

	private final Set<String> msgIds = ConcurrentHashMap.newKeySet();

	private volatile boolean gzip;

	QinceProtocol(SandboxCredentials credentials, Clock clock, Duration skew,
			BiFunction<QinceOperation, JsonNode, QinceResult> operations) {
		this.credentials = credentials;
		this.clock = clock;
		this.skew = skew;
		this.operations = operations;
	}

	void gzip(boolean gzip) {
		this.gzip = gzip;
	}

	void forgetMsgIds() {
		this.msgIds.clear();
	}

	@Override
	public Call open(Request request) {
		String[] parts = request.path().startsWith("/api/") ? request.path().substring(5).split("/", -1)
				: new String[0];
		QinceOperation operation = (parts.length == 7 && parts[1].equals("v1"))
				? QinceOperation.of(parts[0], parts[2]).orElse(null) : null;
		String msgId = (parts.length == 7) ? parts[6] : "";
		// reading the request (its digest, its JSON) is done before the injected latency,
		// as a real API's answer time includes it; what it does is done after
		String signed = (parts.length == 7)
				? QinceSignature.digest(request.body(), this.credentials.qinceAppkey(), parts[4]) : "";
		@Nullable JsonNode parsed = (operation != null && request.isPost()) ? Json.parse(request.body()) : null;
		return new Call() {

			@Override
			public String endpoint() {
				return (operation != null) ? operation.endpoint() : "http/404";
			}

			@Override
			public Answer answer() {
				if (operation == null) {
					return Answer.errorPage(404, "Not Found");
				}
				if (!request.isPost()) {
					return Answer.errorPage(405, "Not Allowed");
				}
				QinceResult result = check(parts[3], parts[4], parts[5], signed, msgId);
				if (result == null) {
					result = (parsed != null && parsed.isObject())
							? QinceProtocol.this.operations.apply(operation, parsed)
							: QinceResult.error(QinceResult.FAILED, "请求参数不是JSON对象");
				}
				return Answer.json(result.render(msgId)).gzipped(QinceProtocol.this.gzip);
			}

			@Override
			public Answer businessError(String code, String message) {
				int returnCode = code.matches("-?\\d{1,9}") ? Integer.parseInt(code) : QinceResult.FAILED;
				return Answer.json(QinceResult.error(returnCode, message).render(msgId));
			}

		};
	}

	/**
	 * @param signed the digest the request's body and timestamp have with the appkey
	 */
	private @Nullable QinceResult check(String openid, String timestamp, String digest, String signed, String msgId) {
		if (!this.credentials.qinceOpenid().equals(openid)) {
			return QinceResult.error(QinceResult.FAILED, "openid无效");
		}
		String badTime = badTimestamp(timestamp);
		if (badTime != null) {
			return QinceResult.error(QinceResult.FAILED, badTime);
		}
		if (!signed.equals(digest)) {
			return QinceResult.error(QinceResult.FAILED, "签名(digest)校验失败");
		}
		if (msgId.isEmpty() || msgId.length() > 32) {
			return QinceResult.error(QinceResult.FAILED, "msg_id须为1到32个字符: " + msgId);
		}
		if (!this.msgIds.add(msgId)) {
			return QinceResult.error(QinceResult.FAILED, "msg_id重复: " + msgId);
		}
		return null;
	}

	private @Nullable String badTimestamp(String timestamp) {
		LocalDateTime time;
		try {
			time = LocalDateTime.parse(timestamp, TIMESTAMP);
		}
		catch (DateTimeParseException ex) {
			return "timestamp格式错误,应为yyyyMMddHHmmss: " + timestamp;
		}
		if (this.skew.isZero()) {
			return null;
		}
		LocalDateTime now = LocalDateTime.ofInstant(this.clock.instant(), ShanghaiTime.ZONE);
		Duration off = Duration.between(now, time).abs();
		return (off.compareTo(this.skew) > 0)
				? "timestamp与服务器时间(Asia/Shanghai " + now.withNano(0) + ")相差过大: " + timestamp : null;
	}

}
