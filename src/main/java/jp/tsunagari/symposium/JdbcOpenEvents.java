package jp.tsunagari.symposium;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.annotation.DependsOn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import jp.tsunagari.system.EngineNode;

/** {@link OpenEvents} over TSG_EVENT. */
@EngineNode
@Repository
@DependsOn("eventSchema")
class JdbcOpenEvents implements OpenEvents {

	private final JdbcTemplate jdbc;

	private final Clock clock = Clock.systemDefaultZone();

	JdbcOpenEvents(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<OpenEvent> openForRegistration() {
		return jdbc.query("SELECT ID, TITLE, EVENT_DATE FROM TSG_EVENT WHERE REGISTRATION_OPEN = TRUE AND EVENT_DATE >= ? "
				+ "ORDER BY EVENT_DATE, ID", (rs, row) -> new OpenEvent(rs.getString(2), rs.getDate(3).toLocalDate(),
						"/public/events/" + rs.getString(1) + "/register"),
				Date.valueOf(LocalDate.now(clock)));
	}

}
