package com.qincebridge.erp;

import java.time.Duration;
import java.util.List;

import com.qincebridge.http.MissingSettingException;
import com.qincebridge.http.ApiLimits;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code bridge.erp.*} settings: where zhixdl is, the app key, the companies to read,
 * and how hard to push the API.
 *
 * @param baseUrl the zhixdl address without the path, such as
 * {@code https://www.zhixdl.com}
 * @param appKey the 应用key zhixdl issued; a secret
 * @param companyCodes the companies (公司编码) whose documents are read
 * @param pageSize lines per query page (zhixdl's {@code limit}; its default is 50)
 */
@ConfigurationProperties("bridge.erp")
public record ErpProperties(@Nullable String baseUrl, @Nullable String appKey, @DefaultValue List<String> companyCodes,
		@DefaultValue("50") int pageSize, @DefaultValue("10s") Duration connectTimeout,
		@DefaultValue("60s") Duration readTimeout, @DefaultValue("4") int maxConcurrency,
		@DefaultValue("10") double requestsPerSecond, @DefaultValue("4") int maxAttempts,
		@DefaultValue("500ms") Duration initialBackoff, @DefaultValue("30s") Duration maxBackoff) {

	/**
	 * The client these settings describe; fails when the address or the key is missing.
	 */
	public ErpClient newClient() {
		return new ErpClient(
				MissingSettingException.require(this.baseUrl, "bridge.erp.base-url", "BRIDGE_ERP_BASE_URL"),
				MissingSettingException.require(this.appKey, "bridge.erp.app-key", "BRIDGE_ERP_APP_KEY"), limits());
	}

	/** The companies to read; fails when none is configured. */
	public List<String> requireCompanyCodes() {
		if (this.companyCodes.isEmpty()) {
			throw new MissingSettingException(
					"bridge.erp.company-codes is not set (BRIDGE_ERP_COMPANY_CODES, comma-separated 公司编码)");
		}
		return this.companyCodes;
	}

	public ApiLimits limits() {
		return new ApiLimits(this.connectTimeout, this.readTimeout, this.maxConcurrency, this.requestsPerSecond,
				this.maxAttempts, this.initialBackoff, this.maxBackoff);
	}

}
