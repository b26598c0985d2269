package org.ducha.web;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	private final List<HomeFigureSource> sources;
	private final List<HomeNoticeSource> noticeSources;

	HomeController(List<HomeFigureSource> sources, List<HomeNoticeSource> noticeSources) {
		this.sources = sources;
		this.noticeSources = noticeSources;
	}

	@GetMapping("/")
	String home(Authentication user, Model model) {
		List<HomeFigure> figures = sources.stream().flatMap(s -> s.figuresFor(user).stream()).toList();
		model.addAttribute("figures", figures);
		model.addAttribute("notices", noticeSources.stream().flatMap(s -> s.noticesFor(user).stream()).toList());
		model.addAttribute("roles", Navigation.roles(user));
		return "web/home";
	}
}
