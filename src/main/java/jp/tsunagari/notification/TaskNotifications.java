package jp.tsunagari.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.camunda.bpm.engine.TaskService;

import jp.tsunagari.calendar.WorkingDays;
import jp.tsunagari.system.JapaneseDateFormats;

/**
 * One notification run (every few minutes, from the task-notifications process): urgent tasks at once, each
 * person's digest once their time has come on a working day, reminders some working days before a due date, and
 * escalation of late tasks to their departments' supervisors, recorded on the task as a comment (its history).
 * Every mail is recorded in {@link NotificationDeliveries} once the mail server took it: a run that fails half-way
 * and is retried sends only what is missing.
 */
class TaskNotifications {

	private static final JapaneseDateFormats DATES = new JapaneseDateFormats();

	/** What a run sent: mails by kind, and tasks escalated. */
	record Result(int digests, int urgent, int reminders, int escalations, int escalatedTasks) {
	}

	private final OpenTaskRows tasks;

	private final Recipients recipients;

	private final StaffDirectory staff;

	private final DigestPreferences preferences;

	private final DigestWindows windows;

	private final NotificationDeliveries deliveries;

	private final TaskMail mail;

	private final TaskService taskService;

	private final WorkingDays workingDays;

	private final NotificationProperties properties;

	private final Clock clock;

	TaskNotifications(OpenTaskRows tasks, Recipients recipients, StaffDirectory staff, DigestPreferences preferences,
			NotificationDeliveries deliveries, TaskMail mail, TaskService taskService, WorkingDays workingDays,
			NotificationProperties properties, Clock clock) {
		this.tasks = tasks;
		this.recipients = recipients;
		this.staff = staff;
		this.preferences = preferences;
		this.windows = new DigestWindows(workingDays);
		this.deliveries = deliveries;
		this.mail = mail;
		this.taskService = taskService;
		this.workingDays = workingDays;
		this.properties = properties;
		this.clock = clock;
	}

	synchronized Result run() {
		LocalDateTime now = LocalDateTime.now(clock);
		LocalDate today = now.toLocalDate();
		staff.forget();
		LocalDateTime since = windows.earliestStart(now);
		LocalDateTime reminderHorizon = workingDays.plus(today, properties.reminderWorkingDays()).plusDays(1).atStartOfDay();
		List<NotifiedTask> open = tasks.find(since, properties.urgentPriority(), reminderHorizon);
		Set<String> done = deliveries.done(since.minusDays(1));

		int urgent = sendPerTask(TaskMail.Subject.URGENT, NotificationDeliveries.Kind.URGENT,
				open.stream().filter(this::urgent).toList(), recipients::of, done, now);
		int digests = sendDigests(open, done, now);
		int reminders = sendPerTask(TaskMail.Subject.REMINDER, NotificationDeliveries.Kind.REMINDER,
				open.stream()
					.filter(task -> task.due() != null && !task.due().isBefore(now) && task.due().isBefore(reminderHorizon))
					.toList(),
				recipients::of, done, now);
		List<NotifiedTask> late = open.stream().filter(task -> task.due() != null && task.due().isBefore(now)).toList();
		int escalations = sendPerTask(TaskMail.Subject.ESCALATION, NotificationDeliveries.Kind.ESCALATION, late,
				recipients::supervisorsOf, done, now);
		int escalated = recordEscalations(late, done, now);
		return new Result(digests, urgent, reminders, escalations, escalated);
	}

	private boolean urgent(NotifiedTask task) {
		return task.priority() >= properties.urgentPriority();
	}

	private int sendDigests(List<NotifiedTask> open, Set<String> done, LocalDateTime now) {
		Map<String, DigestPreference> settings = preferences.all();
		Map<Person, List<NotifiedTask>> byPerson = new LinkedHashMap<>();
		for (NotifiedTask task : open) {
			if (!urgent(task)) {
				recipients.of(task).forEach(person -> byPerson.computeIfAbsent(person, p -> new ArrayList<>()).add(task));
			}
		}
		int sent = 0;
		for (Map.Entry<Person, List<NotifiedTask>> entry : byPerson.entrySet()) {
			Person person = entry.getKey();
			DigestPreference setting = settings.getOrDefault(person.id(), preferences.standard());
			DigestWindows.Window window = windows.latest(now, setting.time());
			String key = "DIGEST:" + person.id() + ":" + window.end();
			List<NotifiedTask> arrived = entry.getValue().stream().filter(task -> window.contains(task.created())).toList();
			if (!setting.enabled() || !hasAddress(person) || arrived.isEmpty() || done.contains(key)) {
				continue;
			}
			mail.send(TaskMail.Subject.DIGEST, person, arrived);
			deliveries.record(key, NotificationDeliveries.Kind.DIGEST, person.id(), null, now);
			sent++;
		}
		return sent;
	}

	/** One mail per person listing their tasks of this kind not yet told; one row per task and person. */
	private int sendPerTask(TaskMail.Subject subject, NotificationDeliveries.Kind kind, List<NotifiedTask> candidates,
			Function<NotifiedTask, Collection<Person>> whom, Set<String> done, LocalDateTime now) {
		Map<Person, List<NotifiedTask>> byPerson = new LinkedHashMap<>();
		for (NotifiedTask task : candidates) {
			for (Person person : whom.apply(task)) {
				if (hasAddress(person) && !done.contains(key(kind, task, person.id()))) {
					byPerson.computeIfAbsent(person, p -> new ArrayList<>()).add(task);
				}
			}
		}
		byPerson.forEach((person, list) -> {
			mail.send(subject, person, list);
			list.forEach(task -> deliveries.record(key(kind, task, person.id()), kind, person.id(), task.id(), now));
		});
		return byPerson.size();
	}

	/** The history of a late task says whom it was escalated to (a comment, shown with the task in Tasklist). */
	private int recordEscalations(List<NotifiedTask> late, Set<String> done, LocalDateTime now) {
		int count = 0;
		for (NotifiedTask task : late) {
			String key = key(NotificationDeliveries.Kind.ESCALATED, task, null);
			if (done.contains(key)) {
				continue;
			}
			List<String> names = recipients.supervisorsOf(task).stream().map(Person::name).toList();
			taskService.createComment(task.id(), null, "期限（" + DATES.slashWithTime(task.due()) + "）を過ぎたため、所属長（"
					+ String.join("、", names) + "）にメールで連絡しました。");
			deliveries.record(key, NotificationDeliveries.Kind.ESCALATED, null, task.id(), now);
			count++;
		}
		return count;
	}

	private static boolean hasAddress(Person person) {
		return person.email() != null && !person.email().isBlank();
	}

	/** Per task, its due date (a new due date is a new reminder) and the person told. */
	private static String key(NotificationDeliveries.Kind kind, NotifiedTask task, String userId) {
		return kind + ":" + task.id() + ":" + task.due() + (userId == null ? "" : ":" + userId);
	}

}
