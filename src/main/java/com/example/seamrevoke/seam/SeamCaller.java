package com.example.seamrevoke.seam;

import java.io.IOException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import javax.net.ssl.SSLPeerUnverifiedException;

import tools.jackson.databind.json.JsonMapper;

import com.example.seamrevoke.safety.Causes;
import com.example.seamrevoke.safety.SafeText;
import com.example.seamrevoke.seam.transport.RateLimiter;
import com.example.seamrevoke.seam.transport.SeamHttp;

import org.springframework.retry.support.RetryTemplate;

/**
 * The one way to Seam: a POST of a JSON body through the call guard, the rate limiter,
 * the retry of transient answers and one classification, shared by every endpoint
 * (docs/operations.md, "How Seam's answers are handled"). Thread-safe.
 */
class SeamCaller {

	/**
	 * The TLS handshake failed on the certificate (unknown issuer, wrong host name,
	 * expired), not on the network: no retry can fix that.
	 */
	private static final Predicate<Throwable> CERTIFICATE_FAILURE = Causes.anyOf(List.of(CertificateException.class,
			CertPathBuilderException.class, CertPathValidatorException.class, SSLPeerUnverifiedException.class));

	private final SeamHttp http;

	private final SeamAnswers answers;

	private final RetryTemplate retryTemplate;

	private final RateLimiter rateLimiter;

	private final CallGuard guard;

	private final Duration maxRetryAfter;

	private final SeamCallCounts callCounts;

	private final JsonMapper json = JsonMapper.shared();

	SeamCaller(SeamHttp http, SeamAnswers answers, RetryTemplate retryTemplate, RateLimiter rateLimiter,
			CallGuard guard, Duration maxRetryAfter, SeamCallCounts callCounts) {
		this.http = http;
		this.answers = answers;
		this.retryTemplate = retryTemplate;
		this.rateLimiter = rateLimiter;
		this.guard = guard;
		this.maxRetryAfter = maxRetryAfter;
		this.callCounts = callCounts;
	}

	/** One call after all its attempts; a fatal answer stops the job instead. */
	SeamCall call(String path, Map<String, ?> fields) {
		guard.checkNotStopped();
		int run = guard.run();
		AtomicInteger attempts = new AtomicInteger();
		byte[] body = json.writeValueAsBytes(fields);
		SeamCall call = retryTemplate.execute(context -> attempt(run, path, body, attempts),
				context -> exhausted(context.getLastThrowable(), attempts.get()));
		if (call.result().verdict() == SeamResult.Verdict.EXHAUSTED) {
			guard.exhausted(call.result().errorMessage());
		}
		return call;
	}

	/**
	 * Spring Retry also "recovers" from an exception it will not retry: only a transient
	 * answer is a result.
	 */
	private static SeamCall exhausted(Throwable last, int attempts) {
		if (last instanceof TransientAnswerException transientAnswer) {
			return new SeamCall(SeamResult.of(SeamResult.Verdict.EXHAUSTED, transientAnswer.answer(), attempts),
					transientAnswer.answer());
		}
		if (last instanceof RuntimeException runtime) {
			throw runtime;
		}
		throw new IllegalStateException(last);
	}

	private SeamCall attempt(int run, String path, byte[] body, AtomicInteger attempts) {
		guard.checkNotStopped();
		long sentAt = rateLimiter.acquire();
		callCounts.attempt(attempts.incrementAndGet());
		SeamAnswer answer = guard.send(run, () -> {
			SeamAnswer sent = send(path, body);
			callCounts.answered(sent.status());
			if (Classification.of(sent) == Classification.FATAL) {
				// stop before the waiting workers are let go, so none of them sends
				throw guard.stop(StopMessages.fatal(sent));
			}
			return sent;
		});
		return switch (Classification.of(answer)) {
			case SUCCESS -> {
				rateLimiter.onSuccess();
				guard.answered();
				yield new SeamCall(SeamResult.of(SeamResult.Verdict.SUCCEEDED, answer, attempts.get()), answer);
			}
			case PERMANENT -> {
				guard.answered();
				yield new SeamCall(SeamResult.of(SeamResult.Verdict.REJECTED, answer, attempts.get()), answer);
			}
			case TRANSIENT -> throw transientOrStop(answer, sentAt);
			case FATAL -> throw guard.stop(StopMessages.fatal(answer));
		};
	}

	private RuntimeException transientOrStop(SeamAnswer answer, long sentAt) {
		if (answer.status() == 429) {
			rateLimiter.onThrottled(sentAt);
		}
		if (answer.retryAfter() != null && answer.retryAfter().compareTo(maxRetryAfter) > 0) {
			return guard.stop(StopMessages.throttled(answer.retryAfter(), maxRetryAfter));
		}
		return new TransientAnswerException(answer);
	}

	private SeamAnswer send(String path, byte[] body) {
		try {
			return http.post(path, body, answers::read);
		}
		catch (IOException e) {
			String message = SafeText.clean(Causes.rootMessage(e), SafeText.MESSAGE);
			return (Causes.find(e, CERTIFICATE_FAILURE) != null) ? SeamAnswer.untrustedCertificate(message)
					: SeamAnswer.transportError(message);
		}
	}

}
