package jp.tsunagari.symposium;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The event pages in the whole application (demo directory, H2, the tables created at start-up, Spring Security
 * with CSRF): public registration up to the capacity then the waiting list, bad input refused with Japanese
 * messages naming the field, the questionnaire, the staff attendance page and the Excel report for the lead
 * department only (signed in with the demo accounts).
 */
@DirtiesContext
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability(tracing = false)
@AutoConfigureMockMvc
@ActiveProfiles({ "demo", "test" })
class SymposiumPagesIT {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private EventRegistrations events;

	@Autowired
	private QuestionnaireAnswers answers;

	@Test
	void registrationFillsTheSeatsThenTheWaitingList() throws Exception {
		String eventId = events.openEvent("仙台市孤独・孤立シンポジウム", LocalDate.of(2024, 2, 6), 1, "pi");

		mvc.perform(get("/public/events/{id}/register", eventId))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("会場の残席：<span>1</span>席")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"_csrf\"")));
		mvc.perform(register(eventId, "佐藤 一郎", "ichiro@example.jp", "INDIVIDUAL", "VENUE"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("参加確定：会場での参加を受け付けました。")));
		mvc.perform(register(eventId, "鈴木 花子", "hanako@example.jp", "SUPPORT_ORGANISATION", "VENUE"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("キャンセル待ち：会場での参加を受け付けました。")));
		mvc.perform(register(eventId, "高橋 三郎", "saburo@example.jp", "GOVERNMENT", "ONLINE"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("参加確定：オンラインでの参加を受け付けました。")));

		assertThat(events.registrations(eventId)).extracting(Registration::status)
			.containsExactly(RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED, RegistrationStatus.CONFIRMED);

		// the first cancels by phone: the staff cancel, and the seat goes to the waiting list
		long first = events.registrations(eventId).get(0).id();
		mvc.perform(post("/symposium/events/{id}/registrations/{registration}/cancel", eventId, first).with(csrf())
			.with(httpBasic("sato", "sato"))).andExpect(status().is3xxRedirection());
		assertThat(events.registrations(eventId)).extracting(Registration::status)
			.containsExactly(RegistrationStatus.CANCELLED, RegistrationStatus.CONFIRMED, RegistrationStatus.CONFIRMED);
	}

	@Test
	void badInputIsRefusedWithMessagesNamingTheFieldAndNothingStored() throws Exception {
		String eventId = events.openEvent("勉強会", LocalDate.of(2024, 2, 4), 10, "pi");

		mvc.perform(register(eventId, "", "not-an-address", "ALIEN", "VENUE"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers.allOf(
					org.hamcrest.Matchers.containsString("氏名を入力してください。"),
					org.hamcrest.Matchers.containsString("メールアドレスの形式が正しくありません。"),
					org.hamcrest.Matchers.containsString("参加区分を一覧から選んでください。"))));
		mvc.perform(post("/public/events/{id}/register", eventId).with(csrf()).param("name", "名前"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("参加方法を選んでください。")));
		mvc.perform(post("/public/events/{id}/register", eventId).param("name", "CSRFなし")
			.param("email", "x@example.jp").param("category", "INDIVIDUAL").param("participation", "VENUE"))
			.andExpect(status().isForbidden());
		mvc.perform(register(eventId, "山田\u0000太郎", "yamada@example.jp", "INDIVIDUAL", "VENUE"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("「name」に使えない文字")));
		assertThat(events.registrations(eventId)).isEmpty();

		mvc.perform(register(eventId, "山田 太郎", "yamada@example.jp", "INDIVIDUAL", "VENUE"))
			.andExpect(status().isOk());
		mvc.perform(register(eventId, "山田 太郎", "Yamada@Example.JP", "INDIVIDUAL", "ONLINE"))
			.andExpect(status().isConflict())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("このメールアドレスでは、すでに申し込まれています。")));
		assertThat(events.registrations(eventId)).hasSize(1);
	}

	@Test
	void unknownAndClosedEvents() throws Exception {
		mvc.perform(get("/public/events/{id}/register", "no-such-event")).andExpect(status().isNotFound());
		String eventId = events.openEvent("勉強会", LocalDate.of(2024, 2, 4), 10, "pi");
		events.closeRegistration(eventId);
		mvc.perform(get("/public/events/{id}/register", eventId))
			.andExpect(status().isConflict())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("締め切りました")));
		mvc.perform(register(eventId, "遅刻 太郎", "late@example.jp", "INDIVIDUAL", "VENUE"))
			.andExpect(status().isConflict());
	}

	@Test
	void questionnaireAnswersAreStoredOneByOne() throws Exception {
		String eventId = events.openEvent("シンポジウム", LocalDate.of(2024, 2, 6), 10, "pi");
		events.register(eventId, new Applicant("来場 者", "guest@example.jp", null, AttendeeCategory.GOVERNMENT,
				Participation.VENUE));

		mvc.perform(answer(eventId, "guest@example.jp").param("comment", "多様な登壇者がよかった"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("アンケートを受け付けました。")));
		mvc.perform(post("/public/events/{id}/questionnaire", eventId).with(csrf()).param("category", "GOVERNMENT"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers.allOf(
					org.hamcrest.Matchers.containsString("「本日のシンポジウムの満足度」を選んでください。"),
					org.hamcrest.Matchers.containsString("「申込時のメールアドレス」を入力してください。"))));
		// staff typing a paper answer, signed in, give no address
		mvc.perform(answer(eventId, "").with(httpBasic("sato", "sato"))).andExpect(status().isOk());
		assertThat(answers.answers(eventId)).hasSize(2);
	}

	@Test
	void anAttendeeAnswersTheQuestionnaireOnce() throws Exception {
		String eventId = events.openEvent("シンポジウム", LocalDate.of(2024, 2, 6), 10, "pi");
		events.register(eventId, new Applicant("来場 者", "guest@example.jp", null, AttendeeCategory.GOVERNMENT,
				Participation.VENUE));
		mvc.perform(answer(eventId, "guest@example.jp")).andExpect(status().isOk());

		mvc.perform(answer(eventId, "Guest@Example.JP"))
			.andExpect(status().isConflict())
			.andExpect(content().string(org.hamcrest.Matchers.allOf(
					org.hamcrest.Matchers.containsString("回答済みです"),
					org.hamcrest.Matchers.containsString("このメールアドレスでは、すでにアンケートに回答されています。"))));
		mvc.perform(answer(eventId, "stranger@example.jp"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(
					org.hamcrest.Matchers.containsString("「申込時のメールアドレス」でのこの催しへの申込が見つかりません。")));
		assertThat(answers.answers(eventId)).hasSize(1);
	}

	private static MockHttpServletRequestBuilder answer(String eventId, String email) {
		return post("/public/events/{id}/questionnaire", eventId).with(csrf()).param("email", email)
			.param("category", "GOVERNMENT").param("understanding", "DEEPENED").param("pfInterest", "YES")
			.param("satisfaction", "SATISFIED");
	}

	@Test
	void attendanceAndTheExcelReportAreForTheLeadDepartmentOnly() throws Exception {
		String eventId = events.openEvent("仙台市孤独・孤立シンポジウム", LocalDate.of(2024, 2, 6), 10, "pi");
		Registration registration = events.register(eventId,
				new Applicant("来場 者", "guest@example.jp", null, AttendeeCategory.SUPPORT_ORGANISATION, Participation.VENUE));

		mvc.perform(get("/symposium/events/{id}/attendance", eventId).accept(MediaType.TEXT_HTML))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/login")));
		mvc.perform(get("/symposium/events/{id}/attendance", eventId).with(httpBasic("suzuki", "suzuki")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/symposium/events/{id}/attendance", eventId).with(httpBasic("sato", "sato")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("来場 者")));
		mvc.perform(post("/symposium/events/{id}/attendance/{registration}", eventId, registration.id())
			.param("attended", "true").with(csrf()).with(httpBasic("sato", "sato")))
			.andExpect(status().is3xxRedirection());
		assertThat(events.registrations(eventId)).extracting(Registration::attended).containsExactly(true);

		byte[] excel = mvc.perform(get("/symposium/events/{id}/report.xlsx", eventId).with(httpBasic("sato", "sato")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", EventStaffController.XLSX.toString()))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(excel))) {
			assertThat(workbook.getSheet(EventReportWorkbook.SHEET).getRow(4).getCell(1).getNumericCellValue())
				.as("attendees").isEqualTo(1.0);
		}
	}

	private static MockHttpServletRequestBuilder register(String eventId, String name, String email, String category,
			String participation) {
		return post("/public/events/{id}/register", eventId).with(csrf())
			.param("name", name)
			.param("email", email)
			.param("category", category)
			.param("participation", participation);
	}

}
