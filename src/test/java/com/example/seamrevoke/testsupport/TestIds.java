package com.example.seamrevoke.testsupport;

/**
 * Ids that the tests share: one user identity with its devices, and numbered devices for
 * inputs of many rows.
 */
public final class TestIds {

	public static final String USER = "6513270e-269e-4d37-b2a7-4de452e6b438";

	public static final String DEVICE_A = "892f902b-d23f-4824-928b-2f330c5c7fd0";

	public static final String DEVICE_B = "0ed90475-9531-485d-9d9d-c9f81818e811";

	public static final String DEVICE_C = "099950d8-36f6-45cc-81e7-4ef5e8e25d94";

	private TestIds() {
	}

	/**
	 * Device {@code n}, a valid UUID that ends in {@code n}: easy to find in a report.
	 */
	public static String device(int n) {
		return String.format("00000000-0000-4000-8000-%012d", n);
	}

}
