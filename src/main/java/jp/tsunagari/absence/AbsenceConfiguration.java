package jp.tsunagari.absence;

import java.time.Clock;

import javax.sql.DataSource;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;

import org.springframework.boot.jdbc.init.DataSourceScriptDatabaseInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import jp.tsunagari.system.EngineNode;
import jp.tsunagari.system.FeatureTables;
import jp.tsunagari.system.PersonNames;

/** Absences, substitutes and personnel transfers: their tables, stores and the jobs that apply them. */
@EngineNode
@EnableScheduling
@Configuration(proxyBeanMethods = false)
class AbsenceConfiguration {

	@Bean
	DataSourceScriptDatabaseInitializer absenceSchema(DataSource dataSource) {
		return FeatureTables.initializer(dataSource, "classpath:absence/schema.sql");
	}

	@Bean
	@DependsOn("absenceSchema")
	Absences absences(JdbcTemplate jdbc) {
		return new Absences(jdbc, Clock.systemDefaultZone());
	}

	@Bean
	@DependsOn("absenceSchema")
	Substitutes substitutes(JdbcTemplate jdbc) {
		return new Substitutes(jdbc);
	}

	@Bean
	@DependsOn("absenceSchema")
	MembershipSnapshot membershipSnapshot(JdbcTemplate jdbc) {
		return new MembershipSnapshot(jdbc);
	}

	@Bean
	Colleagues colleagues(IdentityService identity) {
		return new Colleagues(identity);
	}

	@Bean
	ClaimedWork absenceClaimedWork(PlatformTransactionManager transactions) {
		return new ClaimedWork(new TransactionTemplate(transactions));
	}

	@Bean
	AbsenceCycle absenceCycle(Absences absences, TaskService tasks, IdentityService identity,
			AuthorizationService authorizations, FilterService filters, JdbcTemplate jdbc,
			ClaimedWork absenceClaimedWork) {
		UserGrants grants = new UserGrants(authorizations);
		return new AbsenceCycle(absences, new AbsenceCoverage(absences, tasks, identity, grants,
				new SubstituteFilter(filters, tasks, authorizations, grants, jdbc)), absenceClaimedWork);
	}

	@Bean
	PersonnelTransfers personnelTransfers(IdentityService identity, MembershipSnapshot snapshot, TaskService tasks,
			AuthorizationService authorizations, PersonNames names, ClaimedWork absenceClaimedWork) {
		return new PersonnelTransfers(identity, snapshot,
				new TransferredTasks(tasks, new UserGrants(authorizations), names), absenceClaimedWork);
	}

	@Bean
	AbsenceJobs absenceJobs(AbsenceCycle absences, PersonnelTransfers transfers) {
		return new AbsenceJobs(absences, transfers);
	}

}
