package com.qincebridge.sandbox;

import java.util.Map;

/**
 * What a receiver answered to a push.
 *
 * @param form the form fields sent, timestamp and digest included
 * @param httpStatus the HTTP status of the answer
 * @param body the answer's body, such as {@code {"return_code":0}}
 */
public record PushAnswer(Map<String, String> form, int httpStatus, String body) {

	/** Whether the receiver answered HTTP 2xx with return_code 0 (number or string). */
	public boolean accepted() {
		var answer = Json.parse(this.body);
		return this.httpStatus / 100 == 2 && answer != null && "0".equals(Json.text(answer, "return_code"));
	}

}
