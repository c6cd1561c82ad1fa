package dev.otelspring.autoconfigure.jdbc;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseSemconvOptInTests {

	private String previous;

	@BeforeEach
	void clearOptIn() {
		this.previous = System.clearProperty(DatabaseSemconvOptIn.PROPERTY);
	}

	// What it restores always includes "database", as this JVM's instrumentation API may have read it.
	@AfterEach
	void restoreOptIn() {
		System.setProperty(DatabaseSemconvOptIn.PROPERTY, (this.previous != null) ? this.previous : "database");
	}

	@Test
	void optsInToTheStableDatabaseConventions() {
		DatabaseSemconvOptIn.apply(new MockEnvironment());
		assertThat(System.getProperty(DatabaseSemconvOptIn.PROPERTY)).isEqualTo("database");
	}

	@Test
	void addsTheDatabaseToWhatTheApplicationOptedInto() {
		DatabaseSemconvOptIn.apply(new MockEnvironment().withProperty(DatabaseSemconvOptIn.PROPERTY, "http"));
		assertThat(System.getProperty(DatabaseSemconvOptIn.PROPERTY)).isEqualTo("http,database");
	}

	@Test
	void keepsTheDuplicatingOptIn() {
		DatabaseSemconvOptIn.apply(new MockEnvironment().withProperty(DatabaseSemconvOptIn.PROPERTY, "database/dup"));
		assertThat(System.getProperty(DatabaseSemconvOptIn.PROPERTY)).isEqualTo("database/dup");
	}

}
