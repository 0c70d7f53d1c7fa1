package com.example.seamrevoke.seam;

import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import com.example.seamrevoke.seam.transport.RateLimiter;
import com.example.seamrevoke.seam.transport.SeamEndpoint;
import com.example.seamrevoke.seam.transport.SeamHttp;
import com.example.seamrevoke.settings.ApiKey;
import com.example.seamrevoke.settings.RevokeProperties;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.retry.backoff.ThreadWaitSleeper;
import org.springframework.retry.policy.SimpleRetryPolicy;
import org.springframework.retry.support.RetryTemplate;

/**
 * The Seam client: its endpoints ({@link SeamClient}) over one {@link SeamCaller}, the
 * JDK's HttpURLConnection ({@link SeamHttp}) and Spring Retry for the transient answers.
 */
@Configuration(proxyBeanMethods = false)
class SeamClientConfiguration {

	@Bean
	CallGuard callGuard(RevokeProperties properties) {
		return new CallGuard(properties.retry().stopAfterConsecutiveExhausted());
	}

	@Bean
	SeamCallCounts seamCallCounts() {
		return new SeamCallCounts();
	}

	@Bean
	SeamClient seamClient(RevokeProperties properties, CallGuard callGuard, SeamCallCounts callCounts,
			@Value("${revoke.version:dev}") String version) {
		RevokeProperties.Retry retry = properties.retry();
		// only answers classified TRANSIENT are retried; everything else is final on its
		// first attempt
		SimpleRetryPolicy retryTransientAnswers = new SimpleRetryPolicy(retry.maxAttempts(),
				Map.of(TransientAnswerException.class, true), false, false);
		RetryTemplate retryTemplate = new RetryTemplate();
		retryTemplate.setRetryPolicy(retryTransientAnswers);
		retryTemplate
			.setBackOffPolicy(new JitterBackOffPolicy(retry.baseDelay(), retry.maxDelay(), new ThreadWaitSleeper()));
		retryTemplate.setThrowLastExceptionOnExhausted(false);
		SeamCaller caller = new SeamCaller(seamHttp(properties, version), new SeamAnswers(Clock.systemUTC()),
				retryTemplate, new RateLimiter(properties.fixedRateLimit()), callGuard, retry.maxRetryAfter(),
				callCounts);
		return new SeamClient(caller);
	}

	/**
	 * HTTPS with the JVM's certificate checks, and no redirects: a redirect would take
	 * the Authorization header to another host. A 3xx answer stops the job instead (see
	 * {@link Classification}).
	 */
	private static SeamHttp seamHttp(RevokeProperties properties, String version) {
		RevokeProperties.Seam seam = properties.seam();
		URI endpoint = SeamEndpoint.checked(seam.endpoint(), seam.allowInsecureHttp());
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("User-Agent", "seam-revoke-batch/" + version + " (Java " + Runtime.version().feature() + ")");
		headers.put("Content-Type", "application/json");
		headers.put("Accept", "application/json");
		ApiKey apiKey = ApiKey.from(seam);
		if (apiKey != null) {
			headers.put("Authorization", "Bearer " + apiKey.value());
		}
		if (seam.workspaceId() != null && !seam.workspaceId().isBlank()) {
			headers.put("seam-workspace", seam.workspaceId());
		}
		return new SeamHttp(endpoint, headers, seam.connectTimeout(), seam.readTimeout());
	}

}
