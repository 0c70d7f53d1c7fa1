package com.example.seamrevoke.cli;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;

/**
 * The context's message source: the command looks up no messages, and Spring's default
 * one would cost every start a twentieth of a second working out the JDK's locales
 * (BENCHMARKS.md, "Start-up"). A default message is returned as given.
 */
final class NoMessages implements MessageSource {

	static final String BEAN_NAME = "messageSource";

	@Override
	public @Nullable String getMessage(String code, Object @Nullable [] args, @Nullable String defaultMessage,
			@Nullable Locale locale) {
		return defaultMessage;
	}

	@Override
	public String getMessage(String code, Object @Nullable [] args, @Nullable Locale locale) {
		throw new NoSuchMessageException(code, locale);
	}

	@Override
	public String getMessage(MessageSourceResolvable resolvable, @Nullable Locale locale) {
		String message = resolvable.getDefaultMessage();
		if (message == null) {
			String[] codes = resolvable.getCodes();
			throw new NoSuchMessageException((codes != null && codes.length > 0) ? codes[0] : "", locale);
		}
		return message;
	}

}
