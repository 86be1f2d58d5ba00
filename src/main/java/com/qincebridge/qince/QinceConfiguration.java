package com.qincebridge.qince;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * The Qince client and push verifier, created on first use so that commands which do not
 * talk to Qince run without its settings.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(QinceProperties.class)
class QinceConfiguration {

	@Bean
	@Lazy
	QinceClient qinceClient(QinceProperties properties, Clock clock) {
		return properties.newClient(clock);
	}

	@Bean
	@Lazy
	QincePushVerifier qincePushVerifier(QinceProperties properties) {
		return properties.newPushVerifier();
	}

}
