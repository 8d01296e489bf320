package jp.tsunagari.absence;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One piece of the absence and transfer jobs, run in its own transaction together with the engine's changes (the
 * engine joins Spring's transaction). The work first claims its row (a conditional update, a delete or an insert);
 * when another node claimed the same row at the same moment, the database refuses this one, the transaction rolls
 * back and the collision is logged, not thrown: the other node has done the work, or the next run will.
 */
class ClaimedWork {

	private static final Logger LOG = LoggerFactory.getLogger(ClaimedWork.class);

	private final TransactionTemplate transaction;

	ClaimedWork(TransactionTemplate transaction) {
		this.transaction = transaction;
	}

	void run(Object what, Runnable work) {
		run(what, work, () -> {
		});
	}

	/** As {@link #run(Object, Runnable)}, then {@code afterCollision} when the work collided. */
	void run(Object what, Runnable work, Runnable afterCollision) {
		try {
			transaction.executeWithoutResult(status -> work.run());
		}
		catch (DataAccessException collision) {
			LOG.info("{} was handled by another node at the same time; the next run resumes it: {}", what,
					collision.getMessage());
			afterCollision.run();
		}
	}

}
