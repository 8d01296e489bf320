package jp.tsunagari.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The notifications' clock in whole-application tests ({@code @Import(TestClock.class)}), set by the test. */
@TestConfiguration
class TestClock {

	private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

	/** One per test JVM: each test sets it before each run. */
	static final SettableClock CLOCK = new SettableClock();

	@Bean
	@Primary
	Clock testClock() {
		return CLOCK;
	}

	static final class SettableClock extends Clock {

		private volatile Instant now = Instant.now();

		void set(LocalDateTime time) {
			now = time.atZone(TOKYO).toInstant();
		}

		@Override
		public ZoneId getZone() {
			return TOKYO;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}

	}

}
