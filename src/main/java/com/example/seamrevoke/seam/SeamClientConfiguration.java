package com.example.seamrevoke.seam;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.example.seamrevoke.settings.ApiKey;
import com.example.seamrevoke.settings.RevokeProperties;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.retry.backoff.ThreadWaitSleeper;
import org.springframework.retry.policy.SimpleRetryPolicy;
import org.springframework.retry.support.RetryTemplate;
import org.springframework.web.client.RestClient;

/**
 * The Seam client: JDK HttpClient under RestClient, Spring Retry for the transient
 * answers.
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
		return new SeamClient(restClient(properties.seam(), version), retryTemplate,
				new RateLimiter(properties.fixedRateLimit()), callGuard, retry.maxRetryAfter(), Clock.systemUTC(),
				callCounts);
	}

	private static ExecutorService bodyWriters() {
		return Executors.newCachedThreadPool(task -> {
			Thread thread = new Thread(task, "seam-body-writer");
			thread.setDaemon(true);
			return thread;
		});
	}

	/**
	 * HTTPS with the JVM's certificate checks, and no redirects: a redirect would take
	 * the Authorization header to another host. A 3xx answer stops the job instead (see
	 * {@link Classification}).
	 */
	private static RestClient restClient(RevokeProperties.Seam seam, String version) {
		URI endpoint = SeamEndpoint.checked(seam.endpoint(), seam.allowInsecureHttp());
		ApiKey apiKey = ApiKey.from(seam);
		HttpClientLogging.keepHeadersOut();
		HttpClient httpClient = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(seam.connectTimeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		// RestClient writes each request body on a thread of this executor; its default
		// starts a new thread per request, which profiling showed as the job's top cost
		JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(httpClient, bodyWriters());
		requestFactory.setReadTimeout(seam.readTimeout());
		return RestClient.builder()
			.requestFactory(requestFactory)
			.baseUrl(endpoint.toString())
			.defaultHeaders(headers -> {
				headers.set(HttpHeaders.USER_AGENT,
						"seam-revoke-batch/" + version + " (Java " + Runtime.version().feature() + ")");
				if (apiKey != null) {
					headers.setBearerAuth(apiKey.value());
				}
				if (seam.workspaceId() != null && !seam.workspaceId().isBlank()) {
					headers.set("seam-workspace", seam.workspaceId());
				}
			})
			.build();
	}

}
