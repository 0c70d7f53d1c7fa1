package com.example.seamrevoke.seam.transport;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

import com.example.seamrevoke.settings.InvalidSettingException;

/**
 * Where the key may be sent: an {@code https://} endpoint, or {@code http://} on this
 * machine (the sandbox, a test double). Plain HTTP to another host would send the key in
 * clear text, so a typo in {@code SEAM_ENDPOINT} is refused unless
 * {@code revoke.seam.allow-insecure-http=true} (docs/operations.md, "Security").
 */
public final class SeamEndpoint {

	private static final Pattern IP_LITERAL = Pattern.compile("[0-9.]+|\\[[0-9a-fA-F:.]+\\]");

	private SeamEndpoint() {
	}

	public static URI checked(URI endpoint, boolean allowInsecureHttp) {
		String scheme = endpoint.getScheme() == null ? "" : endpoint.getScheme().toLowerCase(Locale.ROOT);
		if (endpoint.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
			throw new InvalidSettingException(
					"SEAM_ENDPOINT (revoke.seam.endpoint) must be an https:// URL such as https://connect.getseam.com,"
							+ " not '" + shown(endpoint) + "'");
		}
		if (scheme.equals("http") && !allowInsecureHttp && !isLoopback(endpoint.getHost())) {
			throw new InvalidSettingException("SEAM_ENDPOINT (revoke.seam.endpoint) is " + shown(endpoint)
					+ ": plain HTTP to another host would send the API key in clear text; use https://, or set"
					+ " revoke.seam.allow-insecure-http=true");
		}
		return endpoint;
	}

	/**
	 * {@code localhost} or a loopback address literal; no name is looked up, so a name
	 * that merely resolves to this machine counts as another host.
	 */
	static boolean isLoopback(String host) {
		if (host.equalsIgnoreCase("localhost")) {
			return true;
		}
		if (!IP_LITERAL.matcher(host).matches()) {
			return false;
		}
		try {
			return InetAddress.getByName(host).isLoopbackAddress();
		}
		catch (UnknownHostException malformed) {
			return false;
		}
	}

	/** Scheme, host and port only: user information in the URL may be a password. */
	private static String shown(URI endpoint) {
		if (endpoint.getHost() == null) {
			return endpoint.getScheme() == null ? "(no scheme)" : endpoint.getScheme() + ":...";
		}
		return endpoint.getScheme() + "://" + endpoint.getHost()
				+ (endpoint.getPort() < 0 ? "" : ":" + endpoint.getPort());
	}

}
