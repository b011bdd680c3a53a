package org.argmap.sample;

import static org.argmap.model.CriticalQuestionKind.BASE_PREMISE_TRUE;
import static org.argmap.model.CriticalQuestionKind.COUNTER_CASE;
import static org.argmap.model.CriticalQuestionKind.RELEVANT_DIFFERENCES;
import static org.argmap.model.QuestionStatus.ANSWERED;
import static org.argmap.model.QuestionStatus.CONCEDED;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;

import org.argmap.core.text.DocumentLoader;
import org.argmap.core.text.DocumentText;
import org.argmap.model.Analogy;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Claim;
import org.argmap.model.MapElements;
import org.argmap.model.Rebuttal;
import org.argmap.model.Relation;
import org.argmap.model.SourceDocument;
import org.argmap.model.persistence.DocumentLocations;
import org.argmap.model.persistence.MapFileException;
import org.argmap.model.persistence.MapStore;
import org.argmap.sample.MapBuilder.Source;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

/**
 * The sample map "Is AI progress hitting a wall?" over the five articles of the debate, written by hand: each
 * article's main claim with the claims that support it, rebuttals across articles and from the forum's
 * comments, undercuts of inferences, restatements, and the three analogies (the nephew, weightlifting, cars
 * moving to EVs) plus the Obsolete post's quantum computers, with their critical questions answered where the
 * texts answer them.
 */
public final class SampleMap {

	/** The map's file name in the folder it is written to. */
	public static final String FILE_NAME = "ai-progress-wall.argmap"; //$NON-NLS-1$
	/** Where the articles go, relative to the map. */
	public static final String SOURCES = "sources"; //$NON-NLS-1$

	static final String[] FILES = { "chain-of-thought_is-ai-progress-hitting-a-wall.txt", //$NON-NLS-1$
			"juijn_deep-learning-is-probably-not-hitting-a-wall.txt", //$NON-NLS-1$
			"obsolete_is-deep-learning-hitting-a-wall.txt", "casey_ai-winter-is-coming.txt", //$NON-NLS-1$ //$NON-NLS-2$
			"alignment-forum_ai-research-is-slowing-down.txt", "SOURCES.md" }; //$NON-NLS-1$ //$NON-NLS-2$

	private SampleMap() {
	}

	/**
	 * Writes the articles (byte for byte) and the map into {@code folder}; answers the map file. Existing
	 * files are replaced.
	 */
	public static Path write(Path folder) throws IOException {
		Path sources = folder.resolve(SOURCES);
		Files.createDirectories(sources);
		for (String file : FILES) {
			try (InputStream in = SampleMap.class.getResourceAsStream("/" + SOURCES + "/" + file)) { //$NON-NLS-1$ //$NON-NLS-2$
				if (in == null) {
					throw new IOException("missing from the sample bundle: " + file); //$NON-NLS-1$
				}
				Files.copy(in, sources.resolve(file), StandardCopyOption.REPLACE_EXISTING);
			}
		}
		Path mapFile = folder.resolve(FILE_NAME);
		ArgumentMap map = build(mapFile);
		Resource resource = MapStore.createResource(new ResourceSetImpl(), mapFile);
		resource.getContents().add(map);
		MapStore.save(resource, mapFile);
		return mapFile;
	}

	private static Source source(Path mapFile, String file, String title, String author, String date)
			throws IOException {
		Path path = mapFile.resolveSibling(SOURCES).resolve(file);
		DocumentText text = DocumentLoader.load(path);
		SourceDocument document = MapElements.newDocument(title, DocumentLocations.locationFor(mapFile, path));
		// numbered like the nodes, so the documents stay in this order in the file
		int number = Arrays.asList(FILES).indexOf(file) + 1;
		document.setId("doc-" + number + '-' + file.substring(0, file.indexOf('_'))); //$NON-NLS-1$
		document.setAuthor(author);
		document.setDate(date);
		document.setMediaType(text.mediaType());
		document.setSha256(text.sha256());
		// The text anchors are made on: re-anchoring follows later edits of the file through a diff of it.
		document.setSnapshot(text.text());
		return new Source(document, text.text());
	}

	static ArgumentMap build(Path mapFile) throws IOException {
		ArgumentMap map = MapElements.newMap("Is AI progress hitting a wall?"); //$NON-NLS-1$
		map.setDescription("Five articles from 2022 and November 2024 argue whether AI progress is stalling: "
				+ "the Obsolete Newsletter and a forum post say yes, Chain of Thought and Daan Juijn say no, "
				+ "a founders' newsletter weighs the rumours. Open a node to see its passage; the Anchors view "
				+ "lists passages that moved when a source changed.");
		Source cot = source(mapFile, FILES[0], "Is AI Progress Hitting a Wall?", "Dan Shipper (Chain of Thought, Every)",
				"2024-11");
		Source juijn = source(mapFile, FILES[1], "No, deep learning is (probably) not hitting a wall", "Daan Juijn",
				"2024-11-21");
		Source obsolete = source(mapFile, FILES[2], "Is Deep Learning Hitting a Wall?",
				"Garrison Lovely (The Obsolete Newsletter)", "2024-11");
		Source casey = source(mapFile, FILES[3], "AI Winter Is Coming", "Casey", "2024-11");
		Source forum = source(mapFile, FILES[4], "AI Research is Slowing Down", "anonymous ML systems researcher (AI Alignment Forum)",
				"2022");
		for (Source source : new Source[] { cot, juijn, obsolete, casey, forum }) {
			map.getDocuments().add(source.document());
		}
		MapBuilder b = new MapBuilder(map);

		// The question itself: the claim the Obsolete post's evidence supports and the others argue about.
		Claim wall = b.claim("wall", "The wall", obsolete, "deep learning is hitting a wall\" back in March 2022",
				"Deep learning is hitting a wall: scaling no longer buys the progress it used to.");
		b.alsoAt(wall, juijn, "“deep learning is hitting a wall.”");

		// The Obsolete Newsletter: returns to pre-training are plateauing.
		Claim plateau = b.claim("plateau", "Pre-training plateau", obsolete,
				"returns to scaling up model pretraining are plateauing",
				"Returns to scaling up model pre-training are plateauing.");
		Claim sutskever = b.claim("sutskever", "Sutskever says so", obsolete,
				"his acknowledgement in yesterday’s Reuters article that scaling has plateaued is a big deal",
				"Ilya Sutskever, the scaling hypothesis's best-known proponent, told Reuters that scaling has plateaued.");
		Claim knows = b.implicit("sutskever-knows",
				"Sutskever is in a position to know, and says what he believes rather than what serves him.");
		Claim orion = b.claim("orion", "Orion disappoints", obsolete,
				"the increase in quality was far smaller compared with the jump between GPT-3 and GPT-4",
				"OpenAI's Orion improved far less over GPT-4 than GPT-4 did over GPT-3.");
		Claim data = b.claim("data", "Running out of data", obsolete,
				"companies are running out of high quality data, and supplementing with synthetic data is causing the model to problematically resemble the older models",
				"Labs are running out of high-quality data, and synthetic data makes new models resemble old ones.");
		Claim rumours = b.claim("lab-rumours", "Delays at the labs", obsolete,
				"researchers at major AI labs have been running into delays and disappointing outcomes",
				"Researchers at the major labs report delays and disappointing outcomes.");
		Rebuttal interest = b.rebuttal("ssi-interest", "Sutskever's interest", obsolete,
				"It’s worth noting that SSI has way less total funding than its competitors, so it’s in Sutskever’s interest to advance this narrative.",
				"SSI has far less money than its rivals, so a plateau story serves Sutskever.");
		Relation fromSutskever = b.support("plateau-sutskever", plateau, sutskever, knows);
		b.support("plateau-orion", plateau, orion);
		b.support("plateau-data", plateau, data);
		b.support("plateau-rumours", plateau, rumours);
		b.undercut("ssi-undercuts", fromSutskever, interest);
		b.support("wall-plateau", wall, plateau);

		Rebuttal economics = b.rebuttal("economics", "Thinking longer is uneconomic", obsolete,
				"cost increases exponentially for linear returns to performance",
				"Test-time compute costs grow exponentially for linear gains in performance.");
		Claim billion = b.claim("billion", "A $1B task is no explosion", obsolete,
				"If you have a way of outcompeting human experts on STEM tasks, but it costs $1B to run on a days worth of tasks, you can't get to a capabilities explosion",
				"Beating experts at $1B per day of work cannot produce a capabilities explosion.");
		b.support("economics-billion", economics, billion);
		Analogy quantum = b.analogy("quantum", "Quantum computers and fusion", obsolete,
				"This reminds me of quantum computers or fusion reactors — we can build them, but the economics are far from working.",
				"Reasoning at test time is like quantum computers or fusion reactors: it can be built, but it does not pay.",
				"quantum computers and fusion reactors", "reasoning models that think longer at test time");
		b.correspondence(quantum, "we can build the machines", "o1-style reasoning works");
		b.correspondence(quantum, "the economics are far from working", "compute costs grow exponentially for linear gains");
		b.answer(quantum, RELEVANT_DIFFERENCES, ANSWERED,
				"A quantum research scientist in the comments: the main issue for quantum computing is technical "
						+ "(error correction), not economic, so the source case is not what the analogy says it is.");
		Relation byQuantum = b.byAnalogy("economics-by-quantum", economics, quantum);
		Rebuttal quantumComment = b.rebuttal("quantum-comment", "Quantum is a technical problem", obsolete,
				"actually I would argue that is a misleading model for quantum computing. The main issue right now is technical, not economical.",
				"The analogy misleads: quantum computing is held back by technical problems, not economics.");
		b.undercut("quantum-comment-undercuts", byQuantum, quantumComment);
		Claim notBet = b.claim("not-bet", "Don't bet against progress", obsolete,
				"I would not bet against AI capabilities continuing to improve, albeit at a slower pace",
				"AI capabilities will likely keep improving, if more slowly.");
		Claim money = b.claim("money", "More money than ever", obsolete,
				"There is far more money and effort going toward the space than ever before.",
				"More money and effort go into AI than ever before.");
		Claim cheaper = b.claim("cheaper-inference", "Inference got 1000x cheaper", obsolete,
				"Inference costs have fallen by almost three orders of magnitude in less than two years.",
				"Inference costs fell by almost three orders of magnitude in under two years.");
		b.support("not-bet-money", notBet, money);
		b.support("not-bet-cheaper", notBet, cheaper);
		b.attack("cheaper-attacks-economics", economics, cheaper);

		// Chain of Thought: no, progress moves to a new dimension.
		Rebuttal notSlowing = b.rebuttal("cot-main", "Not slowing (Chain of Thought)", cot,
				"So, is AI progress slowing down? No.", "AI progress is not slowing down.");
		Claim biggerPicture = b.claim("bigger-picture", "Headlines miss the bigger picture", cot,
				"these headlines miss the bigger picture",
				"The headlines about a wall miss the bigger picture.");
		Claim oneDimension = b.claim("one-dimension", "Slowing on one dimension", cot,
				"It is factually accurate to say that AI progress may be slowing along one dimension: pre-training.",
				"AI progress may be slowing along one dimension only: pre-training.");
		Claim missingPoint = b.claim("missing-point", "Saying only that misses the point", cot,
				"But if that’s all you say, you’re fundamentally missing the point.",
				"Reporting only the pre-training slowdown misses the point.");
		Claim notMaxed = b.claim("not-maxed", "Pre-training not maxed out", cot,
				"though even this hasn’t been totally maxed out, according to sources I’ve talked to",
				"Even pre-training has not been totally maxed out, say the author's sources.");
		Claim diminishing = b.claim("cot-diminishing", "Diminishing returns (conceded)", cot,
				"It does appear that pre-training is reaching some kind of diminishing marginal returns",
				"Pre-training appears to be reaching diminishing marginal returns.");
		Analogy nephew = b.analogy("nephew", "The nephew", cot,
				"For my nephew, it’s a completely new paradigm of exponential improvement—one he’s transitioned to smoothly from the previous one.",
				"AI is like a two-year-old whose mobility gains slow down while he starts growing along a new dimension: language.",
				"the author's two-year-old nephew", "AI models in late 2024");
		b.correspondence(nephew, "mobility: crawling, walking, running", "pre-training gains");
		b.correspondence(nephew, "learning to say no: language and a sense of self", "a new dimension of progress (reasoning)");
		b.correspondence(nephew, "no one worries in the family group chat", "no cause to declare a wall");
		b.answer(nephew, BASE_PREMISE_TRUE, ANSWERED,
				"Yes: \"He’s now growing quickly along an entirely new dimension: learning to say no.\"");
		b.answer(nephew, RELEVANT_DIFFERENCES, ANSWERED,
				"The Obsolete post names one: the nephew's new growth costs nothing extra, while AI's new "
						+ "dimension (thinking longer) costs exponentially more compute for linear gains.");
		Claim slowedDown = b.claim("nephew-slowed", "His mobility gains slowed", cot,
				"In the past month, though, this rapid progress began to decline.",
				"The nephew's rapid progress in mobility has slowed down.");
		Claim newDimension = b.claim("nephew-new", "He grows along a new dimension", cot,
				"He’s now growing quickly along an entirely new dimension: learning to say no.",
				"The nephew now grows quickly along a new dimension: learning to say no.");
		b.support("cot-bigger-picture", notSlowing, biggerPicture);
		b.support("cot-missing-point", biggerPicture, missingPoint, oneDimension);
		b.support("cot-not-maxed", notSlowing, notMaxed);
		b.support("nephew-premises", nephew, slowedDown, newDimension);
		b.byAnalogy("cot-by-nephew", notSlowing, nephew);
		b.attack("cot-attacks-wall", wall, notSlowing);
		b.attack("not-maxed-attacks-plateau", plateau, notMaxed);
		b.equivalent("diminishing-restates-plateau", diminishing, plateau);

		// Daan Juijn: probably not; post-training and runtime compute continue.
		Rebuttal probablyNot = b.rebuttal("juijn-main", "Probably no wall (Juijn)", juijn,
				"No, deep learning is (probably) not hitting a wall",
				"Deep learning is probably not hitting a wall.");
		Claim onePart = b.claim("one-part", "Pre-training is one part", juijn,
				"Pre-training is only one part of the AI development process, and we are seeing continuing gains in other areas like post-training.",
				"Pre-training is only one part of AI development; post-training keeps improving.");
		Claim o1 = b.claim("o1-paradigm", "o1 opens a new paradigm", juijn,
				"with the release of OpenAI’s o1 model family, the industry has entered a new paradigm",
				"With OpenAI's o1, the industry has entered a new paradigm.");
		Claim thinkLonger = b.claim("think-longer", "Thinking longer pays", juijn,
				"New types of general reasoning models can now achieve better performance by ‘thinking for longer’ after the training process is completed.",
				"Reasoning models perform better by thinking for longer after training.");
		Claim farFromOver = b.claim("far-from-over", "Far from over", juijn,
				"Recent rapid advances in post-training and runtime techniques suggest that overall progress is far from over.",
				"Rapid advances in post-training and runtime techniques show that progress is far from over.");
		Claim amodei = b.claim("amodei", "Post-training may overtake pre-training", juijn,
				"Anthropic CEO Dario Amodei recently predicted that post-training could soon overtake pre-training in terms of compute costs",
				"Dario Amodei expects post-training to overtake pre-training in compute costs.");
		Rebuttal mistake = b.rebuttal("hard-ceiling", "Not a hard ceiling", juijn,
				"It is tempting to interpret Sutskever’s claim as a sign that AI progress has hit a hard ceiling. However, this would be a mistake.",
				"Reading Sutskever's plateau as a hard ceiling on AI progress is a mistake.");
		Analogy cars = b.analogy("cars", "Cars moving to EVs", juijn,
				"the current state of affairs in AI is similar to that in the car industry some fifteen years ago",
				"AI today is like the car industry fifteen years ago: combustion engines stopped improving much just as hybrids and EVs arrived.",
				"the car industry some fifteen years ago", "the AI industry in November 2024");
		b.correspondence(cars, "gains from improving combustion engines slow down", "gains from scaling pre-training slow down");
		b.correspondence(cars, "the first hybrids and EVs enter the market", "post-training and runtime compute (o1) arrive");
		b.correspondence(cars, "environmental gains", "capability gains");
		b.answer(cars, BASE_PREMISE_TRUE, ANSWERED,
				"Juijn states it: \"The environmental gains from improving combustion engines have slowed, but at the same time, the first hybrids and EVs are entering the market.\"");
		b.answer(cars, COUNTER_CASE, ANSWERED,
				"The Obsolete post offers one: quantum computers and fusion reactors can be built but do not pay, "
						+ "as thinking longer may not.");
		Claim carsPremise = b.claim("engines-slowed", "Engines slowed, EVs arrived", juijn,
				"The environmental gains from improving combustion engines have slowed, but at the same time, the first hybrids and EVs are entering the market.",
				"Combustion engines improved less and less while the first hybrids and EVs arrived.");
		b.support("juijn-one-part", probablyNot, onePart);
		b.support("juijn-o1", probablyNot, o1);
		b.support("juijn-far-from-over", probablyNot, farFromOver);
		b.support("o1-think-longer", o1, thinkLonger);
		b.support("one-part-amodei", onePart, amodei);
		b.support("cars-premise", cars, carsPremise);
		b.byAnalogy("juijn-by-cars", probablyNot, cars);
		b.attack("juijn-attacks-wall", wall, probablyNot);
		b.attack("mistake-attacks-wall", wall, mistake);
		b.attack("economics-attacks-think-longer", thinkLonger, economics);
		b.support("not-bet-supports-juijn", probablyNot, notBet);
		Claim obsoleteO1 = b.claim("o1-path", "o1 may show a path forward", obsolete,
				"OpenAI's recent o1 model might show a path forward, even if scaling plateaus.",
				"OpenAI's o1 might show a path forward even if scaling plateaus.");
		b.equivalent("o1-path-restates", obsoleteO1, o1);

		// Casey: "AI winter is coming", and what it would mean for founders.
		Claim winter = b.claim("winter", "AI winter is coming", casey, "mentioned that “AI winter is coming”",
				"AI winter is coming (a remark at an OpenAI friend's Halloween party).");
		Claim harder = b.claim("harder", "Scaling is getting harder", casey,
				"it was clear scaling was getting harder and harder",
				"Scaling is getting harder and harder, says a DeepMind researcher.");
		Claim andreessen = b.claim("andreessen", "Andreessen: no intelligence gains", casey,
				"we're increasing GPUs, but we're not getting the intelligence improvements, at all",
				"Marc Andreessen: more GPUs are no longer buying intelligence improvements.");
		Claim reuters = b.claim("reuters", "Sutskever in Reuters", casey,
				"results from scaling up pre-training - the phase of training an AI model that uses a vast amount of unlabeled data to understand language patterns and structures - have plateaued",
				"Sutskever told Reuters that results from scaling up pre-training have plateaued.");
		Rebuttal noise = b.rebuttal("noise", "Investors: just noise", casey,
				"they say that the concern around model scaling hitting a wall is “based on old data” and “just noise”",
				"Investors in the leading labs call the wall \"based on old data\" and \"just noise\".");
		Rebuttal vested = b.rebuttal("vested", "They would say that", casey,
				"both foundation model companies and their investors have a vested interest in continuing to tell people that scaling is yielding great results",
				"Labs and their investors have a vested interest in saying that scaling still works.");
		Claim rl = b.claim("rl", "Reinforcement learning may save it", casey,
				"they felt that more reinforcement learning (RL) could be the saving grace",
				"More reinforcement learning could be the saving grace.");
		Claim unpredictable = b.claim("unpredictable", "A less predictable path", casey,
				"The path to AGI may become more unpredictable",
				"Without scaling to rely on, the path to AGI becomes less predictable.");
		Claim uncertainty = b.claim("uncertainty", "More uncertainty", juijn,
				"This transition introduces a higher degree of uncertainty about the future rate of progress.",
				"The shift away from pre-training makes the rate of progress less certain.");
		b.support("winter-harder", winter, harder);
		b.support("winter-andreessen", winter, andreessen);
		b.support("winter-reuters", winter, reuters);
		b.support("wall-winter", wall, winter);
		Relation noiseAttack = b.attack("noise-attacks-winter", winter, noise);
		b.undercut("vested-undercuts-noise", noiseAttack, vested);
		b.support("rl-supports-juijn", probablyNot, rl);
		b.attack("harder-attacks-cot", notSlowing, harder);
		b.equivalent("reuters-restates-sutskever", reuters, sutskever);
		b.equivalent("uncertainty-restates-unpredictable", uncertainty, unpredictable);

		// The forum post (2022) and its comments.
		Claim slowing = b.claim("forum-main", "Research is slowing (forum)", forum,
				"I explain why I think AI research has been slowing down, not speeding up, in the past few years.",
				"AI research has been slowing down, not speeding up, in the past few years.");
		Claim stalling = b.claim("stalling", "Innovation is stalling", forum,
				"Innovation is stalling beyond just throwing more computation at the problem",
				"Innovation is stalling beyond throwing more computation at problems.");
		Claim old = b.claim("before-2018", "The advances are old", forum,
				"All of the advances I mentioned in the last section were from 2018 or earlier.",
				"All the advances behind recent results date from 2018 or earlier.");
		Claim fundamentals = b.implicit("fundamentals",
				"Progress in AI research means new fundamental techniques, not larger applications of old ones.");
		Claim moore = b.claim("moore", "Moore's law is dying", forum,
				"Chips are not getting twice as fast every two years like they used to (Moore's law is dying).",
				"Chips no longer double in speed every two years: Moore's law is dying.");
		Claim billions = b.claim("no-billions", "Nobody pays billions yet", forum,
				"No one is willing to spend billions of dollars on training runs yet.",
				"No one is willing to spend billions of dollars on a training run yet.");
		Analogy weights = b.analogy("weightlifting", "Weightlifting", forum,
				"Think of training models like lifting weights.",
				"Training models is like lifting weights: we learned new exercises for the same muscles, we did not get stronger.",
				"weightlifting", "training large AI models");
		b.correspondence(weights, "nutrition", "data");
		b.correspondence(weights, "exhaustion", "cost");
		b.correspondence(weights, "the exercises you do", "training methodology");
		b.correspondence(weights, "leg muscles", "transformers");
		b.answer(weights, RELEVANT_DIFFERENCES, CONCEDED,
				"A commenter: the analogy \"has started to obscure much more than clarify\" (higher-rep exercise is "
						+ "nothing like AlphaStar's league training). The author replies: \"Reading it now it does seem confusing.\"");
		Claim sameMuscles = b.claim("same-muscles", "Same muscles, new exercises", forum,
				"We haven't gotten stronger in the past four years, just did a bunch of different exercises which used the same muscles.",
				"We have not got stronger, only found new exercises for the same muscles.");
		Rebuttal obscure = b.rebuttal("obscure", "The analogy obscures", forum,
				"I think by this point your weightlifting analogy has started to obscure much more than clarify.",
				"The weightlifting analogy now obscures more than it clarifies.");
		Rebuttal disagree = b.rebuttal("gwern", "Progress has not slowed", forum,
				"I disagree with the claim that progress has slowed down",
				"Progress has not slowed down; the post redefines progress.");
		Rebuttal oneAdvance = b.rebuttal("one-advance", "One advance is enough", forum,
				"if anyone managed just one advance on the fundamental side, then that could again allow for several years of continued improvement",
				"A single advance in fundamentals could again allow years of continued improvement.");
		Rebuttal sCurves = b.rebuttal("s-curves", "A series of s-curves", forum,
				"Instead of a global slowdown in AI, I see AI research progress as a series of s-curves.",
				"AI research progresses as a series of s-curves, not a global slowdown.");
		Rebuttal moreMoney = b.rebuttal("money-talent", "Money and talent accelerate", forum,
				"As more money and talent are invested in AI research, progress should accelerate given a fixed difficulty in making progress.",
				"More money and talent should make research progress accelerate.");
		Rebuttal dataPoint = b.rebuttal("data-point", "Three years is one data point", forum,
				"Seriously, three years is just a data point, and you want to conclude on the rate of change!",
				"Three years are too few to conclude anything about the rate of change.");
		b.support("forum-stalling", slowing, stalling);
		Relation fromOld = b.support("forum-old", slowing, old, fundamentals);
		b.support("forum-moore", stalling, moore);
		b.support("forum-billions", stalling, billions);
		b.support("weights-premise", weights, sameMuscles);
		Relation byWeights = b.byAnalogy("forum-by-weights", slowing, weights);
		b.undercut("obscure-undercuts", byWeights, obscure);
		b.attack("gwern-attacks", slowing, disagree);
		b.attack("one-advance-attacks", slowing, oneAdvance);
		b.attack("s-curves-attack", slowing, sCurves);
		b.attack("money-talent-attacks", slowing, moreMoney);
		b.undercut("data-point-undercuts", fromOld, dataPoint);
		b.support("forum-supports-wall", wall, slowing);
		return map;
	}
}
