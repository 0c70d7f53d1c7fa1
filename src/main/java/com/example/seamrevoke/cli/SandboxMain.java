package com.example.seamrevoke.cli;

import java.util.concurrent.CountDownLatch;

import com.example.seamrevoke.sandbox.SandboxSeamServer;
import com.example.seamrevoke.sandbox.SandboxSettings;

/**
 * The sandbox on its own, for benchmarks and for trying other clients against it
 * (docs/operations.md, "Sandbox"): {@code java -cp seam-revoke-batch.jar
 * -Dloader.main=com.example.seamrevoke.cli.SandboxMain
 * org.springframework.boot.loader.launch.PropertiesLauncher [PORT]}. It runs until killed
 * and then prints what it answered.
 */
public final class SandboxMain {

	private SandboxMain() {
	}

	public static void main(String[] args) throws InterruptedException {
		// TCP_NODELAY for the server; no Spring here to apply it, no client to size for
		JvmSettings.apply(0);
		int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
		SandboxSeamServer sandbox = SandboxSeamServer.start(SandboxSettings.fromEnvironment(), port);
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			System.out.println("Sandbox stats: " + sandbox.stats());
			sandbox.close();
			stopped.countDown();
		}));
		System.out.println("Sandbox: " + sandbox.baseUrl() + " (" + sandbox.describe() + "), API key "
				+ SandboxSeamServer.API_KEY);
		stopped.await();
	}

}
