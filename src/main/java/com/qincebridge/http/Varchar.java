package com.qincebridge.http;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A request field's limit as the API's parameter table gives it, such as
 * {@code VARCHAR(32) 必填}. Checked by {@link FieldLimits} before the request is sent.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER })
public @interface Varchar {

	/** The most characters the field holds. */
	int value();

	/** Whether the table marks the field 必填 (required). */
	boolean required() default false;

}
