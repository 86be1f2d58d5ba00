package com.qincebridge.erp;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * The zhixdl client, created on first use so that commands which do not call the ERP run
 * without its settings.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ErpProperties.class)
class ErpConfiguration {

	@Bean
	@Lazy
	ErpClient erpClient(ErpProperties properties) {
		return properties.newClient();
	}

}
