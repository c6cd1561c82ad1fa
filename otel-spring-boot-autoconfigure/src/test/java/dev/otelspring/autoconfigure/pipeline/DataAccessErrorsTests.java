package dev.otelspring.autoconfigure.pipeline;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;

import static org.assertj.core.api.Assertions.assertThat;

class DataAccessErrorsTests {

	@Test
	void recognizesDataStoreExceptionsByTheirHierarchyAndCauses() {
		assertThat(DataAccessErrors.isDataAccess(new DataIntegrityViolationException("x"))).isTrue();
		assertThat(DataAccessErrors.isDataAccess(new RuntimeException(new java.sql.SQLTimeoutException("x"))))
			.isTrue();
		assertThat(DataAccessErrors.isDataAccess(new ApplicationRepositoryException())).isTrue();
		assertThat(DataAccessErrors.isDataAccess(new IllegalStateException("x"))).isFalse();
	}

	@Test
	void cutsTheMessageAfterTheFirstDataStoreExceptionNamedInText() {
		assertThat(DataAccessErrors.redactNamedExceptions("failed: java.sql.SQLException: Duplicate 'SECRET'"))
			.isEqualTo("failed: java.sql.SQLException: message redacted");
		assertThat(DataAccessErrors.redactNamedExceptions("org.h2.Driver threw an Exception")).isNull();
		assertThat(DataAccessErrors.redactNamedExceptions("all good")).isNull();
	}

	@Test
	void keepsNoLineOfAMultiLineMessageInAStackTrace() {
		String stackTrace = "org.postgresql.util.PSQLException: ERROR: duplicate key value\n"
				+ "  Detail: Key (name)=(SECRET) already exists.\n\tat org.postgresql.Driver.run(Driver.java:1)\n"
				+ "\tSuppressed: java.lang.IllegalStateException: SECRET too\n";
		assertThat(DataAccessErrors.withoutMessages(stackTrace)).isEqualTo("org.postgresql.util.PSQLException: "
				+ "message redacted\n\tat org.postgresql.Driver.run(Driver.java:1)\n"
				+ "\tSuppressed: java.lang.IllegalStateException: message redacted\n");
	}

	/** An application's own exception, in its own package, extending Spring's. */
	private static final class ApplicationRepositoryException extends DataIntegrityViolationException {

		ApplicationRepositoryException() {
			super("duplicate order SECRET");
		}

	}

}
