package com.example.seamrevoke.audit;

import java.time.Duration;

import com.example.seamrevoke.settings.SettingRules;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The audit page's settings (docs/audit-page.md, "Settings").
 *
 * @param removalLimit the longest time from a person's leave date to the confirmed
 * removal of their access before the page flags them
 */
@ConfigurationProperties("revoke.audit")
public record AuditProperties(@DefaultValue("24h") Duration removalLimit) {

	public AuditProperties {
		SettingRules.positive("revoke.audit.removal-limit", removalLimit);
	}

}
