package jp.tsunagari.calendar;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The working-day calendar as the bean {@code workingDays} (models' expressions, notifications). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CalendarProperties.class)
class CalendarConfiguration {

	@Bean
	WorkingDays workingDays(CalendarProperties properties, @Value("${tsunagari.time-zone}") ZoneId zone) {
		return new WorkingDays(HolidayFile.read(properties.holidaysFile()), properties.closureStart(),
				properties.closureEnd(), Clock.system(zone));
	}

}
