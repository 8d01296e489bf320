package jp.tsunagari.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.ui.ExtendedModelMap;

class DemoReadinessTest {

	@Test
	void pagesSayPreparingUntilTheApplicationIsReady() {
		DemoReadiness readiness = new DemoReadiness();
		ExtendedModelMap seeding = new ExtendedModelMap();
		readiness.demoStatus(seeding);
		assertThat(seeding).containsEntry("demoReady", false);

		ConfigurableApplicationContext context = mock(ConfigurableApplicationContext.class);
		ConfigurableEnvironment environment = mock(ConfigurableEnvironment.class);
		when(context.getEnvironment()).thenReturn(environment);
		when(environment.getProperty("local.server.port", "8080")).thenReturn("8080");
		readiness.ready(new ApplicationReadyEvent(mock(org.springframework.boot.SpringApplication.class), new String[0],
				context, null));

		ExtendedModelMap ready = new ExtendedModelMap();
		readiness.demoStatus(ready);
		assertThat(ready).containsEntry("demoReady", true);
	}

}
