package dev.otelspring.autoconfigure.jdbc;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface JdbcItProductRepository extends JpaRepository<JdbcItProduct, Long> {

	Optional<JdbcItProduct> findBySku(String sku);

}
