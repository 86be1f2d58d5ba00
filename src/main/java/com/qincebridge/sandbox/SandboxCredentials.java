package com.qincebridge.sandbox;

/**
 * What the simulators accept and sign with. The defaults are the documents' own example
 * values where they have one (the zhixdl app_key of the examples, the appkey of Qince's
 * official digest test vector), so a documented example signs correctly as it is.
 *
 * @param erpAppKey the zhixdl app_key
 * @param qinceOpenid the Qince openid (the URL's tenant)
 * @param qinceAppkey the Qince appkey that signs calls
 * @param qincePushSecret the push secret that signs pushes
 * @param qinceTenantId the tenantId pushes carry
 */
public record SandboxCredentials(String erpAppKey, String qinceOpenid, String qinceAppkey, String qincePushSecret,
		String qinceTenantId) {

	public SandboxCredentials {
		if (erpAppKey.isBlank() || qinceOpenid.isBlank() || qinceAppkey.isBlank() || qincePushSecret.isBlank()) {
			throw new IllegalArgumentException("credentials must not be blank");
		}
	}

	public static SandboxCredentials defaults() {
		return new SandboxCredentials("OzXgnUoCd7bJRe", "sandbox-openid", "BFCO0PAgIUgd50c0l6", "sandbox-push-secret",
				"7000000000000000001");
	}

}
