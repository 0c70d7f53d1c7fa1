package com.example.seamrevoke.audit;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The audit page's settings (docs/audit-page.md, "Settings").
 *
 * @param removalLimit the longest time from a person's leave date to the confirmed
 * removal of their access before the page flags them
 */
@Validated
@ConfigurationProperties("revoke.audit")
public record AuditProperties(@NotNull @DefaultValue("24h") Duration removalLimit) {
}
