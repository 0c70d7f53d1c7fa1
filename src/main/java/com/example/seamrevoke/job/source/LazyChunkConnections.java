package com.example.seamrevoke.job.source;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.stereotype.Component;

/**
 * The chunk transaction begins before the rows are read and sent to Seam, and a plain
 * {@code DataSourceTransactionManager} takes a connection from the pool at begin: every
 * chunk would hold one through its HTTP calls. Behind this proxy the transaction takes a
 * real connection only at its first statement (the outcome write), so the workers' calls
 * hold none and the pool stays small at any concurrency (docs/architecture.md, "Workers
 * never touch the database").
 */
@Component
class LazyChunkConnections implements BeanPostProcessor {

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && !(bean instanceof LazyConnectionDataSourceProxy)) {
			return new LazyConnectionDataSourceProxy(dataSource);
		}
		return bean;
	}

}
