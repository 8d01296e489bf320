package jp.tsunagari.survey;

import java.util.function.LongSupplier;

import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskService;

/**
 * Keeps a dispatch worker's lock on its external task while it sends. The lock is short ({@link #LOCK_MILLIS}), so
 * a worker that dies (kill -9, a lost node) blocks its task for a minute at most: then another worker fetches it and
 * sends what is still missing (see {@link SurveyDispatch}). A live worker runs this before every recipient; it extends
 * the lock by the full duration at the first call (the task may have waited in the client's fetched batch) and then
 * whenever a third of the lock has passed, so one mail may take up to two thirds of the lock (40 s, longer than the
 * SMTP timeouts of one command) before the lock could lapse and a second worker send that one mail again.
 */
final class LockHeartbeat implements Runnable {

	static final long LOCK_MILLIS = 60_000;

	private final Runnable extend;

	private final LongSupplier millis;

	private Long extendedAt;

	LockHeartbeat(Runnable extend, LongSupplier millis) {
		this.extend = extend;
		this.millis = millis;
	}

	static LockHeartbeat of(ExternalTask task, ExternalTaskService service) {
		return new LockHeartbeat(() -> service.extendLock(task, LOCK_MILLIS), System::currentTimeMillis);
	}

	@Override
	public void run() {
		long now = millis.getAsLong();
		if (extendedAt == null || now - extendedAt >= LOCK_MILLIS / 3) {
			extend.run();
			extendedAt = now;
		}
	}

}
