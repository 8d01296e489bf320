package jp.tsunagari.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** People by name, family name first; the identity service asked once per person and minute. */
class PersonNamesTest {

	private ProcessEngine engine;

	private final AtomicInteger lookUps = new AtomicInteger();

	private Instant now = Instant.parse("2026-12-03T10:00:00Z");

	private PersonNames names;

	@BeforeEach
	void startEngine() {
		engine = InMemoryEngine.start();
		User sato = engine.getIdentityService().newUser("sato");
		// as the directory writes 「佐藤 花子」: the family name in Camunda's firstName, which the webapps print first
		sato.setFirstName("佐藤");
		sato.setLastName("花子");
		sato.setPassword("sato");
		engine.getIdentityService().saveUser(sato);
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		IdentityService counting = (IdentityService) Proxy.newProxyInstance(
				getClass().getClassLoader(), new Class<?>[] { IdentityService.class }, (proxy, method, args) -> {
					if (method.getName().equals("createUserQuery")) {
						lookUps.incrementAndGet();
					}
					return method.invoke(engine.getIdentityService(), args);
				});
		beans.addBean("identityService", counting);
		names = new PersonNames(beans.getBeanProvider(IdentityService.class), () -> now);
	}

	@AfterEach
	void closeEngine() {
		engine.close();
	}

	@Test
	void showsTheFamilyNameFirstAndAsksOncePerPersonAndMinute() {
		for (int row = 0; row < 100; row++) {
			assertThat(names.of("sato")).isEqualTo("佐藤 花子");
		}
		assertThat(lookUps).hasValue(1);

		now = now.plus(Duration.ofMinutes(2));
		assertThat(names.of("sato")).isEqualTo("佐藤 花子");
		assertThat(lookUps).as("a renamed user shows the new name soon").hasValue(2);
	}

	@Test
	void anUnknownIdStaysAsItIs() {
		assertThat(names.of("demo-history")).isEqualTo("demo-history");
		assertThat(names.of(null)).isNull();
	}

	@Test
	void withoutAnIdentityServiceTheIdIsShown() {
		assertThat(new PersonNames(new StaticListableBeanFactory().getBeanProvider(IdentityService.class)).of("sato"))
			.isEqualTo("sato");
	}

}
