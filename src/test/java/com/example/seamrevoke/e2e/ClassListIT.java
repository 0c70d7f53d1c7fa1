package com.example.seamrevoke.e2e;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;

import com.example.seamrevoke.testsupport.JarProcess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The list of classes the packaged jar preloads (cli.ClassPreload), as the build's
 * training run wrote it: class names only, ours, the libraries' and the JDK's (from its
 * runtime image) a pair file and a people file load, in the order they were loaded.
 */
class ClassListIT {

	@Test
	void packagedJarHoldsTheClassesItsTrainingRunLoadedAndNothingElse() throws Exception {
		// when
		List<String> names;
		try (ZipFile jar = new ZipFile(JarProcess.JAR.toFile())) {
			ZipEntry list = jar.getEntry("META-INF/seam-revoke-batch/classes.txt");
			assertThat(list).as("the class list in the jar").isNotNull();
			try (InputStream in = jar.getInputStream(list)) {
				names = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
			}
		}

		// then: names only, no path of the machine that built it
		assertThat(names).hasSizeGreaterThan(2000)
			.allMatch((name) -> name.matches("[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)+"), "a class name");
		assertThat(names).doesNotHaveDuplicates()
			.contains("com.example.seamrevoke.cli.Command", "org.springframework.boot.SpringApplication",
					"org.springframework.batch.core.step.item.ChunkOrientedStep", "org.h2.engine.Database",
					"com.example.seamrevoke.job.revoke.SeamRevoker",
					"com.example.seamrevoke.job.verify.VerifyProcessor")
			.contains("java.net.HttpURLConnection", "sun.net.www.protocol.http.HttpURLConnection",
					"java.util.concurrent.CompletableFuture");
	}

}
