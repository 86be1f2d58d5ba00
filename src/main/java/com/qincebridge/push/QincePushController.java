package com.qincebridge.push;

import java.util.Map;

import com.qincebridge.qince.QinceProperties;
import com.qincebridge.qince.QincePushVerifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /qince/push}: Qince's pushes, as form fields. A push whose digest verifies
 * is stored by msgId, then answered {@code {"return_code":0}}; a statement push's re-sync
 * runs afterwards in the background. A second delivery of a stored msgId is answered 0
 * and starts nothing (our first answer may have been lost). A push whose form is
 * malformed or whose digest does not verify is answered {@code {"return_code":1}}, logged
 * with its msgId, data type and the reason (never the digest or the secret), and starts
 * nothing. Like the command line's entry point, this catches everything: any failure to
 * store is answered 1, so that Qince delivers the push again.
 */
@RestController
class QincePushController {

	private static final Logger logger = LoggerFactory.getLogger(QincePushController.class);

	private static final String ACCEPTED = "{\"return_code\":0}";

	private static final String REFUSED = "{\"return_code\":1}";

	private final QinceProperties properties;

	private final QincePushes pushes;

	private final PushProcessor processor;

	QincePushController(QinceProperties properties, QincePushes pushes, PushProcessor processor) {
		this.properties = properties;
		this.pushes = pushes;
		this.processor = processor;
	}

	@PostMapping(path = "/qince/push", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> receive(@RequestParam Map<String, String> form) {
		String msgId = printable(form.getOrDefault("msgId", "?"));
		String dataType = printable(form.getOrDefault("dataType", "?"));
		try {
			PushForm push = PushForm.of(form);
			QincePushVerifier verifier = this.properties.newPushVerifier();
			if (!verifier.isValid(push.data(), push.timestamp(), push.digest())) {
				return refuse(msgId, dataType, "the digest does not verify");
			}
			ResyncRequest resync = ResyncRequest.isResync(push.dataType())
					? ResyncRequest.parse(push.dataType(), push.data()) : null;
			if (!this.pushes.store(push, state(push.dataType()))) {
				logger.info("Push {} ({}) was delivered again; it is stored already", msgId, dataType);
				return answer(ACCEPTED);
			}
			if (resync != null) {
				this.processor.submit(push.msgId(), resync);
			}
			logger.info("Push {} ({}) stored", msgId, dataType);
			return answer(ACCEPTED);
		}
		catch (IllegalArgumentException ex) {
			return refuse(msgId, dataType, ex.getMessage());
		}
		catch (RuntimeException ex) {
			logger.error("Push {} ({}) could not be stored; answered 1 so that Qince delivers it again", msgId,
					dataType, ex);
			return answer(REFUSED);
		}
	}

	/** Statement pushes are processed; prepayment pushes kept for the prepayment jobs. */
	private static PushState state(String dataType) {
		if (ResyncRequest.isResync(dataType)) {
			return PushState.RECEIVED;
		}
		return dataType.startsWith("cuxiao_") ? PushState.STORED : PushState.IGNORED;
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
