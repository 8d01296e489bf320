package jp.tsunagari.system;

import java.time.ZoneId;
import java.util.TimeZone;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Makes the municipality's time zone ({@code tsunagari.time-zone}, default {@code Asia/Tokyo}) the JVM's default
 * before anything else starts. Camunda 7 keeps its timestamps as {@code java.util.Date} in columns without a zone,
 * and the features compute local dates and times (the survey's 23:59:59 deadline, due dates, fiscal years) in the
 * default zone; on a host set to UTC a deadline would otherwise close at 08:59 the next day in Japan. The zone must
 * stay the same across restarts of every node on one database, so it is configuration, not the host's setting.
 */
public class MunicipalTimeZone implements EnvironmentPostProcessor {

	static final String PROPERTY = "tsunagari.time-zone";

	static final String DEFAULT_ZONE = "Asia/Tokyo";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		ZoneId zone = ZoneId.of(environment.getProperty(PROPERTY, DEFAULT_ZONE));
		TimeZone.setDefault(TimeZone.getTimeZone(zone));
	}

}
