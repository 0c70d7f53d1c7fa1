package com.example.seamrevoke.seam;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/** One call after all its attempts: the result, and the last answer (with its body). */
record SeamCall(SeamResult result, SeamAnswer answer) {

	JsonNode field(String name) {
		return answer.body() == null ? MissingNode.getInstance() : answer.body().path(name);
	}

	SeamResult unexpected(String what) {
		return SeamResult.unexpected(answer, result.attempts(), what);
	}

}
