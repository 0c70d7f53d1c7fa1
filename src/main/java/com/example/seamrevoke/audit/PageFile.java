package com.example.seamrevoke.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import com.example.seamrevoke.safety.PrivateFiles;

/**
 * The page on disk like the report: owner-only, written to a temporary file and moved
 * into place, so a reader never sees half of it.
 */
final class PageFile {

	private PageFile() {
	}

	static void write(Path page, String html) throws IOException {
		Path target = page.toAbsolutePath();
		PrivateFiles.createDirectories(target.getParent());
		Path temporary = PrivateFiles.createTempFile(target.getParent(), ".page-", ".html.tmp");
		try {
			Files.writeString(temporary, html, StandardCharsets.UTF_8);
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (AtomicMoveNotSupportedException e) {
			Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

}
