package dev.otelspring.autoconfigure.jdbc;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The one entity of the JDBC integration tests. Its table name is theirs alone, and Hibernate
 * creates and drops it with the application.
 */
@Entity
@Table(name = "otel_jdbc_it_product")
public class JdbcItProduct {

	@Id
	private Long id;

	@Column(unique = true, nullable = false)
	private String sku;

	private String name;

	private int price;

	protected JdbcItProduct() {
	}

	public Long getId() {
		return this.id;
	}

	public String getSku() {
		return this.sku;
	}

	public String getName() {
		return this.name;
	}

	public int getPrice() {
		return this.price;
	}

}
