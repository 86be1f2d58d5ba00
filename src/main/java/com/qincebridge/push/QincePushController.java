package com.qincebridge.push;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import com.qincebridge.prepayment.PrepaymentPushes;
import com.qincebridge.qince.QinceProperties;
import com.qincebridge.qince.QincePushVerifier;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /qince/push}: Qince's pushes, as form fields. The receiver reads the body
 * itself ({@link FormBody}), so that every refusal is the same answer. A push is stored
 * (then answered {@code {"return_code":0}}) only when all of this holds:
 * <ul>
 * <li>the receiver is on (a push secret is set), the body is a UTF-8 form of at most
 * {@code bridge.push.max-body-size} with the fields {@link PushForm} requires;</li>
 * <li>its digest verifies;</li>
 * <li>its timestamp is no older than {@code bridge.push.max-age} (Qince redelivers for
 * ten days) and no further in the future than {@code bridge.push.max-clock-skew}, so that
 * a captured push cannot be posted again for ever;</li>
 * <li>its data has the shape of its dataType, and a re-sync can be run (its customers fit
 * the runs it is split into).</li>
 * </ul>
 * Anything else is answered {@code {"return_code":1}}, logged on one line with the msgId
 * and the reason (never the digest or the secret), not stored, and starts nothing. A
 * second arrival of a msgId, or of a digest (the same data and timestamp, whatever its
 * msgId or dataType), already stored is answered 0 and starts nothing: Qince delivers a
 * push again when our first answer was lost. The work happens afterwards
 * ({@link PushProcessor}). Like the command line's entry point, this catches everything:
 * a failure to store is answered 1, so that Qince delivers the push again.
 */
@RestController
class QincePushController {

	private static final Logger logger = LoggerFactory.getLogger(QincePushController.class);

	private static final String ACCEPTED = "{\"return_code\":0}";

	private static final String REFUSED = "{\"return_code\":1}";

	private final QinceProperties qince;

	private final PushProperties properties;

	private final QincePushes pushes;

	private final PushProcessor processor;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	QincePushController(QinceProperties qince, PushProperties properties, QincePushes pushes, PushProcessor processor,
			Clock clock, ApplicationEventPublisher events) {
		this.qince = qince;
		this.events = events;
		this.properties = properties;
		this.pushes = pushes;
		this.processor = processor;
		this.clock = clock;
	}

	static boolean isOn(QinceProperties qince) {
		return qince.pushSecret() != null && !qince.pushSecret().isBlank();
	}

	// neither consumes nor produces: a push the mapping would not take gets the server's
	// error page (415, 406), and every push must get {"return_code":...}
	@PostMapping("/qince/push")
	ResponseEntity<String> receive(HttpServletRequest request) {
		String msgId = "?";
		String dataType = "?";
		try {
			if (!isOn(this.qince)) {
				return refuse(msgId, dataType, "the push receiver is off (bridge.qince.push-secret is not set)");
			}
			FormBody body = FormBody.read(request.getContentType(), request.getInputStream(),
					this.properties.maxBodySize().toBytes());
			msgId = printable(body.fields().getOrDefault("msgId", "?"));
			dataType = printable(body.fields().getOrDefault("dataType", "?"));
			if (body.problem() != null) {
				return refuse(msgId, dataType, body.problem());
			}
			PushForm push = PushForm.of(body.fields());
			QincePushVerifier verifier = this.qince.newPushVerifier();
			boolean verified = verifier.isValid(push.data(), push.timestamp(), push.digest());
			this.events.publishEvent(new PushDigestChecked(verified, dataType));
			if (!verified) {
				return refuse(msgId, dataType, "the digest does not verify");
			}
			String tooOldOrEarly = checkTime(push.timestamp());
			if (tooOldOrEarly != null) {
				return refuse(msgId, dataType, tooOldOrEarly);
			}
			PushState state = checkShape(push);
			Optional<String> stored = this.pushes.store(push, state);
			if (stored.isPresent()) {
				logger.info("Push {} ({}) was delivered again: {}; it starts nothing", msgId, dataType,
						stored.get().equals(push.msgId()) ? "its msgId is stored already"
								: "push " + printable(stored.get()) + " has the same data and timestamp");
				return answer(ACCEPTED);
			}
			this.processor.wake();
			logger.info("Push {} ({}) stored", msgId, dataType);
			return answer(ACCEPTED);
		}
		catch (IllegalArgumentException ex) {
			return refuse(msgId, dataType, ex.getMessage());
		}
		catch (IOException ex) {
			return refuse(msgId, dataType, "the body could not be read (" + ex.getMessage() + ")");
		}
		catch (RuntimeException ex) {
			logger.error("Push {} ({}) could not be stored, answered 1 so that Qince delivers it again: {}", msgId,
					dataType, ex.getMessage());
			logger.debug("Push {} could not be stored", msgId, ex);
			return answer(REFUSED);
		}
	}

	private @Nullable String checkTime(String timestamp) {
		Instant sent = Instant.ofEpochMilli(Long.parseLong(timestamp));
		Instant now = this.clock.instant();
		if (sent.isBefore(now.minus(this.properties.maxAge()))) {
			return "the timestamp " + sent + " is older than " + days(this.properties.maxAge())
					+ " (Qince redelivers a push for 10 days)";
		}
		if (sent.isAfter(now.plus(this.properties.maxClockSkew()))) {
			return "the timestamp " + sent + " lies in the future (more than "
					+ this.properties.maxClockSkew().toString().substring(2).toLowerCase() + " ahead)";
		}
		return null;
	}

	/**
	 * The state a push is stored in, once its data has the shape of its dataType.
	 * @throws IllegalArgumentException saying why it has not
	 */
	private static PushState checkShape(PushForm push) {
		if (ResyncRequest.isResync(push.dataType())) {
			ResyncRequest.parse(push.dataType(), push.data());
			return PushState.RECEIVED;
		}
		if (PrepaymentPushes.handles(push.dataType())) {
			PrepaymentPushes.prepaymentCode(push.dataType(), push.data());
			return PushState.RECEIVED;
		}
		return PushState.IGNORED;
	}

	private static String days(Duration duration) {
		return (duration.toHours() % 24 == 0) ? duration.toDays() + " days" : duration.toHours() + " hours";
	}

	private static ResponseEntity<String> refuse(String msgId, String dataType, String reason) {
		logger.warn("Push {} ({}) refused: {}", msgId, dataType, reason);
		return answer(REFUSED);
	}

	/** A form value as it may appear in the log: one line, 64 characters at most. */
	private static String printable(String text) {
		String line = text.replaceAll("\\p{Cntrl}", "?");
		return (line.length() > 64) ? line.substring(0, 64) + "…" : line;
	}

	private static ResponseEntity<String> answer(String body) {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
	}

}
