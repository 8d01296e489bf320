package jp.tsunagari.survey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LockHeartbeatTest {

	private long now = 5_000;

	private int extensions;

	private final LockHeartbeat heartbeat = new LockHeartbeat(() -> extensions++, () -> now);

	@Test
	void extendsAtOnceThenOnlyAfterAThirdOfTheLock() {
		heartbeat.run();
		assertThat(extensions).isEqualTo(1);
		now += LockHeartbeat.LOCK_MILLIS / 3 - 1;
		heartbeat.run();
		assertThat(extensions).isEqualTo(1);
		now += 1;
		heartbeat.run();
		assertThat(extensions).isEqualTo(2);
	}

}
