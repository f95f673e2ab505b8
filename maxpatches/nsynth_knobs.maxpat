{
	"patcher": {
		"fileversion": 1,
		"appversion": {
			"major": 8,
			"minor": 5,
			"revision": 5,
			"architecture": "x64",
			"modernui": 1
		},
		"classnamespace": "box",
		"rect": [
			40.0,
			80.0,
			1215.0,
			1392.0
		],
		"bglocked": 0,
		"openinpresentation": 1,
		"default_fontsize": 12.0,
		"default_fontface": 0,
		"default_fontname": "Arial",
		"gridonopen": 1,
		"gridsize": [
			15.0,
			15.0
		],
		"gridsnaponopen": 1,
		"objectsnaponopen": 1,
		"statusbarvisible": 2,
		"toolbarvisible": 1,
		"lefttoolbarpinned": 0,
		"toptoolbarpinned": 0,
		"righttoolbarpinned": 0,
		"bottomtoolbarpinned": 0,
		"toolbars_unpinned_last_save": 0,
		"tallnewobj": 0,
		"boxanimatetime": 200,
		"enablehscroll": 1,
		"enablevscroll": 1,
		"devicewidth": 0.0,
		"description": "",
		"digest": "",
		"tags": "",
		"style": "",
		"subpatcher_template": "",
		"assistshowspatchername": 0,
		"boxes": [
			{
				"box": {
					"id": "obj-1",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						20,
						10,
						800,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						10,
						10,
						800,
						22
					],
					"text": "nsynth knobs: edit the 16 embedding components; each answer shows whether it was exact, nearest or blend (docs/max.md)"
				}
			},
			{
				"box": {
					"id": "obj-2",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						20,
						40,
						270,
						22.0
					],
					"text": "server 127.0.0.1:7770, replies to port 7774"
				}
			},
			{
				"box": {
					"id": "obj-3",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						20,
						70,
						60.0,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "loadbang"
				}
			},
			{
				"box": {
					"id": "obj-4",
					"maxclass": "button",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						100,
						70,
						22,
						22
					],
					"presentation": 1,
					"presentation_rect": [
						440,
						42,
						22,
						22
					],
					"outlettype": [
						"bang"
					]
				}
			},
			{
				"box": {
					"id": "obj-5",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						125,
						70,
						52.6,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						465,
						42,
						53,
						22
					],
					"text": "connect"
				}
			},
			{
				"box": {
					"id": "obj-6",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 4,
					"patching_rect": [
						20,
						100,
						54.0,
						22.0
					],
					"outlettype": [
						"",
						"",
						"",
						""
					],
					"text": "t b b b b"
				}
			},
			{
				"box": {
					"id": "obj-7",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						20,
						130,
						108.0,
						22.0
					],
					"text": "/nsynth/hello 7774",
					"outlettype": [
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-8",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						40,
						160,
						94.6,
						22.0
					],
					"text": "/nsynth/sources",
					"outlettype": [
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-9",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						60,
						190,
						84.6,
						22.0
					],
					"text": "/nsynth/status",
					"outlettype": [
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-10",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						20,
						220,
						140.0,
						22.0
					],
					"outlettype": [],
					"text": "udpsend 127.0.0.1 7770"
				}
			},
			{
				"box": {
					"id": "obj-11",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						20,
						260,
						99.3,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "udpreceive 7774"
				}
			},
			{
				"box": {
					"id": "obj-12",
					"maxclass": "newobj",
					"numinlets": 3,
					"numoutlets": 3,
					"patching_rect": [
						20,
						290,
						214.7,
						22.0
					],
					"outlettype": [
						"",
						"",
						""
					],
					"text": "route /nsynth/welcome /nsynth/sample"
				}
			},
			{
				"box": {
					"id": "obj-13",
					"maxclass": "newobj",
					"numinlets": 3,
					"numoutlets": 3,
					"patching_rect": [
						30,
						320,
						184.0,
						22.0
					],
					"outlettype": [
						"",
						"",
						""
					],
					"text": "route /nsynth/ready /nsynth/error"
				}
			},
			{
				"box": {
					"id": "obj-14",
					"maxclass": "newobj",
					"numinlets": 3,
					"numoutlets": 3,
					"patching_rect": [
						40,
						350,
						230.0,
						22.0
					],
					"outlettype": [
						"",
						"",
						""
					],
					"text": "route /nsynth/source /nsynth/sources/end"
				}
			},
			{
				"box": {
					"id": "obj-15",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 2,
					"patching_rect": [
						50,
						380,
						115.3,
						22.0
					],
					"outlettype": [
						"",
						""
					],
					"text": "route /nsynth/status"
				}
			},
			{
				"box": {
					"id": "obj-16",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						60,
						410,
						132.7,
						22.0
					],
					"outlettype": [],
					"text": "print nsynth-unhandled"
				}
			},
			{
				"box": {
					"id": "obj-17",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						20,
						450,
						270.0,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						10,
						320,
						270,
						22
					],
					"text": "server: protocol, bank size"
				}
			},
			{
				"box": {
					"id": "obj-18",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						20,
						475,
						74.0,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "prepend set"
				}
			},
			{
				"box": {
					"id": "obj-19",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						20,
						505,
						270.0,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						10,
						345,
						270,
						22
					],
					"text": "",
					"outlettype": [
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-20",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						330,
						100,
						45.0,
						22.0
					],
					"outlettype": [
						"",
						""
					],
					"text": "t b b"
				}
			},
			{
				"box": {
					"id": "obj-21",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						330,
						130,
						40.6,
						22.0
					],
					"text": "dump",
					"outlettype": [
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-22",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						390,
						130,
						45.3,
						22.0
					],
					"text": "zlclear",
					"outlettype": [
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-23",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 4,
					"patching_rect": [
						330,
						160,
						45.0,
						22.0
					],
					"outlettype": [
						"",
						"",
						"",
						""
					],
					"text": "coll"
				}
			},
			{
				"box": {
					"id": "obj-24",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 2,
					"patching_rect": [
						330,
						195,
						76.6,
						22.0
					],
					"outlettype": [
						"list",
						"inactive"
					],
					"text": "zl.group 256"
				}
			},
			{
				"box": {
					"id": "obj-25",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						330,
						225,
						45.0,
						22.0
					],
					"outlettype": [
						"",
						""
					],
					"text": "t b l"
				}
			},
			{
				"box": {
					"id": "obj-26",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						430,
						255,
						45.0,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "i"
				}
			},
			{
				"box": {
					"id": "obj-27",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						430,
						285,
						45.0,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "+ 1"
				}
			},
			{
				"box": {
					"id": "obj-28",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						430,
						315,
						45.0,
						22.0
					],
					"outlettype": [
						"",
						""
					],
					"text": "t i i"
				}
			},
			{
				"box": {
					"id": "obj-29",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 2,
					"patching_rect": [
						330,
						335,
						45.0,
						22.0
					],
					"outlettype": [
						"list",
						"inactive"
					],
					"text": "zl.join"
				}
			},
			{
				"box": {
					"id": "obj-30",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						330,
						365,
						140.0,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "prepend /nsynth/request"
				}
			},
			{
				"box": {
					"id": "obj-31",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						490,
						335,
						45.0,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "t b"
				}
			},
			{
				"box": {
					"id": "obj-32",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 2,
					"patching_rect": [
						490,
						365,
						45.0,
						22.0
					],
					"outlettype": [
						"list",
						"inactive"
					],
					"text": "zl.reg"
				}
			},
			{
				"box": {
					"id": "obj-33",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						40,
						46.6,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						10,
						75,
						47,
						22
					],
					"text": "source"
				}
			},
			{
				"box": {
					"id": "obj-34",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						660,
						65,
						36.6,
						22.0
					],
					"text": "clear",
					"outlettype": [
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-35",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						560,
						65,
						98.0,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "prepend append"
				}
			},
			{
				"box": {
					"id": "obj-36",
					"maxclass": "umenu",
					"numinlets": 1,
					"numoutlets": 3,
					"patching_rect": [
						560,
						95,
						140,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						60,
						75,
						140,
						22
					],
					"outlettype": [
						"",
						"",
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-37",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						560,
						125,
						124.0,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "prepend store source"
				}
			},
			{
				"box": {
					"id": "obj-38",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						720,
						40,
						35.9,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						220,
						75,
						36,
						22
					],
					"text": "pitch"
				}
			},
			{
				"box": {
					"id": "obj-39",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						770,
						40,
						60.0,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "loadbang"
				}
			},
			{
				"box": {
					"id": "obj-40",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						770,
						65,
						30.0,
						22.0
					],
					"text": "60",
					"outlettype": [
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-41",
					"maxclass": "number",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						720,
						95,
						50,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						260,
						75,
						50,
						22
					],
					"outlettype": [
						"",
						""
					],
					"minimum": 0,
					"maximum": 127
				}
			},
			{
				"box": {
					"id": "obj-42",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						720,
						125,
						113.3,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "prepend store pitch"
				}
			},
			{
				"box": {
					"id": "obj-43",
					"maxclass": "button",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						330,
						40,
						26,
						26
					],
					"presentation": 1,
					"presentation_rect": [
						10,
						40,
						26,
						26
					],
					"outlettype": [
						"bang"
					]
				}
			},
			{
				"box": {
					"id": "obj-44",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						360,
						43,
						50.6,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						40,
						43,
						51,
						22
					],
					"text": "request"
				}
			},
			{
				"box": {
					"id": "obj-45",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						880,
						40,
						22,
						22
					],
					"presentation": 1,
					"presentation_rect": [
						120,
						42,
						22,
						22
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-46",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						905,
						40,
						280,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						145,
						42,
						280,
						22
					],
					"text": "auto: request 300 ms after a change"
				}
			},
			{
				"box": {
					"id": "obj-47",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						880,
						70,
						45.0,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "gate 1"
				}
			},
			{
				"box": {
					"id": "obj-48",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						880,
						100,
						62.6,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "delay 300"
				}
			},
			{
				"box": {
					"id": "obj-49",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						20,
						550,
						900,
						22.0
					],
					"text": "per component: gain dial, offset dial, sign flip (left toggle), zero (right toggle); gain 0..2, offset -1..1"
				}
			},
			{
				"box": {
					"id": "obj-50",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						20,
						575,
						60.0,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "loadbang"
				}
			},
			{
				"box": {
					"id": "obj-51",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						100,
						575,
						30.6,
						22.0
					],
					"text": "100",
					"outlettype": [
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-52",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						20,
						640,
						45,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						10,
						140,
						45,
						22
					],
					"text": "gain"
				}
			},
			{
				"box": {
					"id": "obj-53",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						20,
						690,
						45,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						10,
						185,
						45,
						22
					],
					"text": "offset"
				}
			},
			{
				"box": {
					"id": "obj-54",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						20,
						735,
						45,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						10,
						220,
						45,
						22
					],
					"text": "flip zero"
				}
			},
			{
				"box": {
					"id": "obj-55",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						70,
						605,
						40,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						60,
						108,
						40,
						20
					],
					"text": "c0"
				}
			},
			{
				"box": {
					"id": "obj-56",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						70,
						630,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						60,
						130,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-57",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						70,
						680,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						60,
						175,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-58",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						70,
						735,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						60,
						222,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-59",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						92,
						735,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						82,
						222,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-60",
					"maxclass": "newobj",
					"numinlets": 4,
					"numoutlets": 2,
					"patching_rect": [
						70,
						765,
						60.0,
						22.0
					],
					"patcher": {
						"fileversion": 1,
						"appversion": {
							"major": 8,
							"minor": 5,
							"revision": 5,
							"architecture": "x64",
							"modernui": 1
						},
						"classnamespace": "box",
						"rect": [
							40.0,
							80.0,
							480.0,
							382.0
						],
						"bglocked": 0,
						"openinpresentation": 0,
						"default_fontsize": 12.0,
						"default_fontface": 0,
						"default_fontname": "Arial",
						"gridonopen": 1,
						"gridsize": [
							15.0,
							15.0
						],
						"gridsnaponopen": 1,
						"objectsnaponopen": 1,
						"statusbarvisible": 2,
						"toolbarvisible": 1,
						"lefttoolbarpinned": 0,
						"toptoolbarpinned": 0,
						"righttoolbarpinned": 0,
						"bottomtoolbarpinned": 0,
						"toolbars_unpinned_last_save": 0,
						"tallnewobj": 0,
						"boxanimatetime": 200,
						"enablehscroll": 1,
						"enablevscroll": 1,
						"devicewidth": 0.0,
						"description": "",
						"digest": "",
						"tags": "",
						"style": "",
						"subpatcher_template": "",
						"assistshowspatchername": 0,
						"boxes": [
							{
								"box": {
									"id": "obj-1",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										20,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-2",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										20,
										45,
										100,
										22.0
									],
									"text": "gain dial"
								}
							},
							{
								"box": {
									"id": "obj-3",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										130,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-4",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										130,
										45,
										100,
										22.0
									],
									"text": "offset dial"
								}
							},
							{
								"box": {
									"id": "obj-5",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										240,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-6",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										240,
										45,
										100,
										22.0
									],
									"text": "sign flip"
								}
							},
							{
								"box": {
									"id": "obj-7",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										350,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-8",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										350,
										45,
										100,
										22.0
									],
									"text": "zero"
								}
							},
							{
								"box": {
									"id": "obj-9",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-10",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										100,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ 0.00"
								}
							},
							{
								"box": {
									"id": "obj-11",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-12",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										100,
										48.3,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ -1.00"
								}
							},
							{
								"box": {
									"id": "obj-13",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										20,
										140,
										76.6,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "pak 1. 0. 0 0"
								}
							},
							{
								"box": {
									"id": "obj-14",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										20,
										170,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t b l"
								}
							},
							{
								"box": {
									"id": "obj-15",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										100,
										200,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t l l"
								}
							},
							{
								"box": {
									"id": "obj-16",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										100,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f1*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-17",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										300,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f2*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-18",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										100,
										270,
										117.3,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store gain0"
								}
							},
							{
								"box": {
									"id": "obj-19",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										300,
										270,
										124.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store offset0"
								}
							},
							{
								"box": {
									"id": "obj-20",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										100,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							},
							{
								"box": {
									"id": "obj-21",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										300,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							}
						],
						"lines": [
							{
								"patchline": {
									"source": [
										"obj-1",
										0
									],
									"destination": [
										"obj-9",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-9",
										0
									],
									"destination": [
										"obj-10",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-3",
										0
									],
									"destination": [
										"obj-11",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-11",
										0
									],
									"destination": [
										"obj-12",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-10",
										0
									],
									"destination": [
										"obj-13",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-12",
										0
									],
									"destination": [
										"obj-13",
										1
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-5",
										0
									],
									"destination": [
										"obj-13",
										2
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-7",
										0
									],
									"destination": [
										"obj-13",
										3
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-13",
										0
									],
									"destination": [
										"obj-14",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										1
									],
									"destination": [
										"obj-15",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										1
									],
									"destination": [
										"obj-16",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										0
									],
									"destination": [
										"obj-17",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-16",
										0
									],
									"destination": [
										"obj-18",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-17",
										0
									],
									"destination": [
										"obj-19",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-18",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-19",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										0
									],
									"destination": [
										"obj-21",
										0
									],
									"order": 0
								}
							}
						],
						"dependency_cache": [],
						"autosave": 0
					},
					"text": "p c0",
					"outlettype": [
						"",
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-61",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						134,
						605,
						40,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						110,
						108,
						40,
						20
					],
					"text": "c1"
				}
			},
			{
				"box": {
					"id": "obj-62",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						134,
						630,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						110,
						130,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-63",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						134,
						680,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						110,
						175,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-64",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						134,
						735,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						110,
						222,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-65",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						156,
						735,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						132,
						222,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-66",
					"maxclass": "newobj",
					"numinlets": 4,
					"numoutlets": 2,
					"patching_rect": [
						134,
						795,
						60.0,
						22.0
					],
					"patcher": {
						"fileversion": 1,
						"appversion": {
							"major": 8,
							"minor": 5,
							"revision": 5,
							"architecture": "x64",
							"modernui": 1
						},
						"classnamespace": "box",
						"rect": [
							40.0,
							80.0,
							480.0,
							382.0
						],
						"bglocked": 0,
						"openinpresentation": 0,
						"default_fontsize": 12.0,
						"default_fontface": 0,
						"default_fontname": "Arial",
						"gridonopen": 1,
						"gridsize": [
							15.0,
							15.0
						],
						"gridsnaponopen": 1,
						"objectsnaponopen": 1,
						"statusbarvisible": 2,
						"toolbarvisible": 1,
						"lefttoolbarpinned": 0,
						"toptoolbarpinned": 0,
						"righttoolbarpinned": 0,
						"bottomtoolbarpinned": 0,
						"toolbars_unpinned_last_save": 0,
						"tallnewobj": 0,
						"boxanimatetime": 200,
						"enablehscroll": 1,
						"enablevscroll": 1,
						"devicewidth": 0.0,
						"description": "",
						"digest": "",
						"tags": "",
						"style": "",
						"subpatcher_template": "",
						"assistshowspatchername": 0,
						"boxes": [
							{
								"box": {
									"id": "obj-1",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										20,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-2",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										20,
										45,
										100,
										22.0
									],
									"text": "gain dial"
								}
							},
							{
								"box": {
									"id": "obj-3",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										130,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-4",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										130,
										45,
										100,
										22.0
									],
									"text": "offset dial"
								}
							},
							{
								"box": {
									"id": "obj-5",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										240,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-6",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										240,
										45,
										100,
										22.0
									],
									"text": "sign flip"
								}
							},
							{
								"box": {
									"id": "obj-7",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										350,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-8",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										350,
										45,
										100,
										22.0
									],
									"text": "zero"
								}
							},
							{
								"box": {
									"id": "obj-9",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-10",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										100,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ 0.00"
								}
							},
							{
								"box": {
									"id": "obj-11",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-12",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										100,
										48.3,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ -1.00"
								}
							},
							{
								"box": {
									"id": "obj-13",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										20,
										140,
										76.6,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "pak 1. 0. 0 0"
								}
							},
							{
								"box": {
									"id": "obj-14",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										20,
										170,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t b l"
								}
							},
							{
								"box": {
									"id": "obj-15",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										100,
										200,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t l l"
								}
							},
							{
								"box": {
									"id": "obj-16",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										100,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f1*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-17",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										300,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f2*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-18",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										100,
										270,
										117.3,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store gain1"
								}
							},
							{
								"box": {
									"id": "obj-19",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										300,
										270,
										124.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store offset1"
								}
							},
							{
								"box": {
									"id": "obj-20",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										100,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							},
							{
								"box": {
									"id": "obj-21",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										300,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							}
						],
						"lines": [
							{
								"patchline": {
									"source": [
										"obj-1",
										0
									],
									"destination": [
										"obj-9",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-9",
										0
									],
									"destination": [
										"obj-10",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-3",
										0
									],
									"destination": [
										"obj-11",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-11",
										0
									],
									"destination": [
										"obj-12",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-10",
										0
									],
									"destination": [
										"obj-13",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-12",
										0
									],
									"destination": [
										"obj-13",
										1
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-5",
										0
									],
									"destination": [
										"obj-13",
										2
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-7",
										0
									],
									"destination": [
										"obj-13",
										3
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-13",
										0
									],
									"destination": [
										"obj-14",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										1
									],
									"destination": [
										"obj-15",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										1
									],
									"destination": [
										"obj-16",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										0
									],
									"destination": [
										"obj-17",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-16",
										0
									],
									"destination": [
										"obj-18",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-17",
										0
									],
									"destination": [
										"obj-19",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-18",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-19",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										0
									],
									"destination": [
										"obj-21",
										0
									],
									"order": 0
								}
							}
						],
						"dependency_cache": [],
						"autosave": 0
					},
					"text": "p c1",
					"outlettype": [
						"",
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-67",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						198,
						605,
						40,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						160,
						108,
						40,
						20
					],
					"text": "c2"
				}
			},
			{
				"box": {
					"id": "obj-68",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						198,
						630,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						160,
						130,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-69",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						198,
						680,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						160,
						175,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-70",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						198,
						735,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						160,
						222,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-71",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						220,
						735,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						182,
						222,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-72",
					"maxclass": "newobj",
					"numinlets": 4,
					"numoutlets": 2,
					"patching_rect": [
						198,
						765,
						60.0,
						22.0
					],
					"patcher": {
						"fileversion": 1,
						"appversion": {
							"major": 8,
							"minor": 5,
							"revision": 5,
							"architecture": "x64",
							"modernui": 1
						},
						"classnamespace": "box",
						"rect": [
							40.0,
							80.0,
							480.0,
							382.0
						],
						"bglocked": 0,
						"openinpresentation": 0,
						"default_fontsize": 12.0,
						"default_fontface": 0,
						"default_fontname": "Arial",
						"gridonopen": 1,
						"gridsize": [
							15.0,
							15.0
						],
						"gridsnaponopen": 1,
						"objectsnaponopen": 1,
						"statusbarvisible": 2,
						"toolbarvisible": 1,
						"lefttoolbarpinned": 0,
						"toptoolbarpinned": 0,
						"righttoolbarpinned": 0,
						"bottomtoolbarpinned": 0,
						"toolbars_unpinned_last_save": 0,
						"tallnewobj": 0,
						"boxanimatetime": 200,
						"enablehscroll": 1,
						"enablevscroll": 1,
						"devicewidth": 0.0,
						"description": "",
						"digest": "",
						"tags": "",
						"style": "",
						"subpatcher_template": "",
						"assistshowspatchername": 0,
						"boxes": [
							{
								"box": {
									"id": "obj-1",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										20,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-2",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										20,
										45,
										100,
										22.0
									],
									"text": "gain dial"
								}
							},
							{
								"box": {
									"id": "obj-3",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										130,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-4",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										130,
										45,
										100,
										22.0
									],
									"text": "offset dial"
								}
							},
							{
								"box": {
									"id": "obj-5",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										240,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-6",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										240,
										45,
										100,
										22.0
									],
									"text": "sign flip"
								}
							},
							{
								"box": {
									"id": "obj-7",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										350,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-8",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										350,
										45,
										100,
										22.0
									],
									"text": "zero"
								}
							},
							{
								"box": {
									"id": "obj-9",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-10",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										100,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ 0.00"
								}
							},
							{
								"box": {
									"id": "obj-11",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-12",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										100,
										48.3,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ -1.00"
								}
							},
							{
								"box": {
									"id": "obj-13",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										20,
										140,
										76.6,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "pak 1. 0. 0 0"
								}
							},
							{
								"box": {
									"id": "obj-14",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										20,
										170,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t b l"
								}
							},
							{
								"box": {
									"id": "obj-15",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										100,
										200,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t l l"
								}
							},
							{
								"box": {
									"id": "obj-16",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										100,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f1*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-17",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										300,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f2*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-18",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										100,
										270,
										117.3,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store gain2"
								}
							},
							{
								"box": {
									"id": "obj-19",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										300,
										270,
										124.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store offset2"
								}
							},
							{
								"box": {
									"id": "obj-20",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										100,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							},
							{
								"box": {
									"id": "obj-21",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										300,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							}
						],
						"lines": [
							{
								"patchline": {
									"source": [
										"obj-1",
										0
									],
									"destination": [
										"obj-9",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-9",
										0
									],
									"destination": [
										"obj-10",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-3",
										0
									],
									"destination": [
										"obj-11",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-11",
										0
									],
									"destination": [
										"obj-12",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-10",
										0
									],
									"destination": [
										"obj-13",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-12",
										0
									],
									"destination": [
										"obj-13",
										1
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-5",
										0
									],
									"destination": [
										"obj-13",
										2
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-7",
										0
									],
									"destination": [
										"obj-13",
										3
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-13",
										0
									],
									"destination": [
										"obj-14",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										1
									],
									"destination": [
										"obj-15",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										1
									],
									"destination": [
										"obj-16",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										0
									],
									"destination": [
										"obj-17",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-16",
										0
									],
									"destination": [
										"obj-18",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-17",
										0
									],
									"destination": [
										"obj-19",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-18",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-19",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										0
									],
									"destination": [
										"obj-21",
										0
									],
									"order": 0
								}
							}
						],
						"dependency_cache": [],
						"autosave": 0
					},
					"text": "p c2",
					"outlettype": [
						"",
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-73",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						262,
						605,
						40,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						210,
						108,
						40,
						20
					],
					"text": "c3"
				}
			},
			{
				"box": {
					"id": "obj-74",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						262,
						630,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						210,
						130,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-75",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						262,
						680,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						210,
						175,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-76",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						262,
						735,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						210,
						222,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-77",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						284,
						735,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						232,
						222,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-78",
					"maxclass": "newobj",
					"numinlets": 4,
					"numoutlets": 2,
					"patching_rect": [
						262,
						795,
						60.0,
						22.0
					],
					"patcher": {
						"fileversion": 1,
						"appversion": {
							"major": 8,
							"minor": 5,
							"revision": 5,
							"architecture": "x64",
							"modernui": 1
						},
						"classnamespace": "box",
						"rect": [
							40.0,
							80.0,
							480.0,
							382.0
						],
						"bglocked": 0,
						"openinpresentation": 0,
						"default_fontsize": 12.0,
						"default_fontface": 0,
						"default_fontname": "Arial",
						"gridonopen": 1,
						"gridsize": [
							15.0,
							15.0
						],
						"gridsnaponopen": 1,
						"objectsnaponopen": 1,
						"statusbarvisible": 2,
						"toolbarvisible": 1,
						"lefttoolbarpinned": 0,
						"toptoolbarpinned": 0,
						"righttoolbarpinned": 0,
						"bottomtoolbarpinned": 0,
						"toolbars_unpinned_last_save": 0,
						"tallnewobj": 0,
						"boxanimatetime": 200,
						"enablehscroll": 1,
						"enablevscroll": 1,
						"devicewidth": 0.0,
						"description": "",
						"digest": "",
						"tags": "",
						"style": "",
						"subpatcher_template": "",
						"assistshowspatchername": 0,
						"boxes": [
							{
								"box": {
									"id": "obj-1",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										20,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-2",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										20,
										45,
										100,
										22.0
									],
									"text": "gain dial"
								}
							},
							{
								"box": {
									"id": "obj-3",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										130,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-4",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										130,
										45,
										100,
										22.0
									],
									"text": "offset dial"
								}
							},
							{
								"box": {
									"id": "obj-5",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										240,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-6",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										240,
										45,
										100,
										22.0
									],
									"text": "sign flip"
								}
							},
							{
								"box": {
									"id": "obj-7",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										350,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-8",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										350,
										45,
										100,
										22.0
									],
									"text": "zero"
								}
							},
							{
								"box": {
									"id": "obj-9",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-10",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										100,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ 0.00"
								}
							},
							{
								"box": {
									"id": "obj-11",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-12",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										100,
										48.3,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ -1.00"
								}
							},
							{
								"box": {
									"id": "obj-13",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										20,
										140,
										76.6,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "pak 1. 0. 0 0"
								}
							},
							{
								"box": {
									"id": "obj-14",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										20,
										170,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t b l"
								}
							},
							{
								"box": {
									"id": "obj-15",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										100,
										200,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t l l"
								}
							},
							{
								"box": {
									"id": "obj-16",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										100,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f1*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-17",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										300,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f2*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-18",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										100,
										270,
										117.3,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store gain3"
								}
							},
							{
								"box": {
									"id": "obj-19",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										300,
										270,
										124.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store offset3"
								}
							},
							{
								"box": {
									"id": "obj-20",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										100,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							},
							{
								"box": {
									"id": "obj-21",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										300,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							}
						],
						"lines": [
							{
								"patchline": {
									"source": [
										"obj-1",
										0
									],
									"destination": [
										"obj-9",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-9",
										0
									],
									"destination": [
										"obj-10",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-3",
										0
									],
									"destination": [
										"obj-11",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-11",
										0
									],
									"destination": [
										"obj-12",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-10",
										0
									],
									"destination": [
										"obj-13",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-12",
										0
									],
									"destination": [
										"obj-13",
										1
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-5",
										0
									],
									"destination": [
										"obj-13",
										2
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-7",
										0
									],
									"destination": [
										"obj-13",
										3
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-13",
										0
									],
									"destination": [
										"obj-14",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										1
									],
									"destination": [
										"obj-15",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										1
									],
									"destination": [
										"obj-16",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										0
									],
									"destination": [
										"obj-17",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-16",
										0
									],
									"destination": [
										"obj-18",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-17",
										0
									],
									"destination": [
										"obj-19",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-18",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-19",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										0
									],
									"destination": [
										"obj-21",
										0
									],
									"order": 0
								}
							}
						],
						"dependency_cache": [],
						"autosave": 0
					},
					"text": "p c3",
					"outlettype": [
						"",
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-79",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						326,
						605,
						40,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						260,
						108,
						40,
						20
					],
					"text": "c4"
				}
			},
			{
				"box": {
					"id": "obj-80",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						326,
						630,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						260,
						130,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-81",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						326,
						680,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						260,
						175,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-82",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						326,
						735,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						260,
						222,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-83",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						348,
						735,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						282,
						222,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-84",
					"maxclass": "newobj",
					"numinlets": 4,
					"numoutlets": 2,
					"patching_rect": [
						326,
						765,
						60.0,
						22.0
					],
					"patcher": {
						"fileversion": 1,
						"appversion": {
							"major": 8,
							"minor": 5,
							"revision": 5,
							"architecture": "x64",
							"modernui": 1
						},
						"classnamespace": "box",
						"rect": [
							40.0,
							80.0,
							480.0,
							382.0
						],
						"bglocked": 0,
						"openinpresentation": 0,
						"default_fontsize": 12.0,
						"default_fontface": 0,
						"default_fontname": "Arial",
						"gridonopen": 1,
						"gridsize": [
							15.0,
							15.0
						],
						"gridsnaponopen": 1,
						"objectsnaponopen": 1,
						"statusbarvisible": 2,
						"toolbarvisible": 1,
						"lefttoolbarpinned": 0,
						"toptoolbarpinned": 0,
						"righttoolbarpinned": 0,
						"bottomtoolbarpinned": 0,
						"toolbars_unpinned_last_save": 0,
						"tallnewobj": 0,
						"boxanimatetime": 200,
						"enablehscroll": 1,
						"enablevscroll": 1,
						"devicewidth": 0.0,
						"description": "",
						"digest": "",
						"tags": "",
						"style": "",
						"subpatcher_template": "",
						"assistshowspatchername": 0,
						"boxes": [
							{
								"box": {
									"id": "obj-1",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										20,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-2",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										20,
										45,
										100,
										22.0
									],
									"text": "gain dial"
								}
							},
							{
								"box": {
									"id": "obj-3",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										130,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-4",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										130,
										45,
										100,
										22.0
									],
									"text": "offset dial"
								}
							},
							{
								"box": {
									"id": "obj-5",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										240,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-6",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										240,
										45,
										100,
										22.0
									],
									"text": "sign flip"
								}
							},
							{
								"box": {
									"id": "obj-7",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										350,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-8",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										350,
										45,
										100,
										22.0
									],
									"text": "zero"
								}
							},
							{
								"box": {
									"id": "obj-9",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-10",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										100,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ 0.00"
								}
							},
							{
								"box": {
									"id": "obj-11",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-12",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										100,
										48.3,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ -1.00"
								}
							},
							{
								"box": {
									"id": "obj-13",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										20,
										140,
										76.6,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "pak 1. 0. 0 0"
								}
							},
							{
								"box": {
									"id": "obj-14",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										20,
										170,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t b l"
								}
							},
							{
								"box": {
									"id": "obj-15",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										100,
										200,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t l l"
								}
							},
							{
								"box": {
									"id": "obj-16",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										100,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f1*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-17",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										300,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f2*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-18",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										100,
										270,
										117.3,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store gain4"
								}
							},
							{
								"box": {
									"id": "obj-19",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										300,
										270,
										124.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store offset4"
								}
							},
							{
								"box": {
									"id": "obj-20",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										100,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							},
							{
								"box": {
									"id": "obj-21",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										300,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							}
						],
						"lines": [
							{
								"patchline": {
									"source": [
										"obj-1",
										0
									],
									"destination": [
										"obj-9",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-9",
										0
									],
									"destination": [
										"obj-10",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-3",
										0
									],
									"destination": [
										"obj-11",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-11",
										0
									],
									"destination": [
										"obj-12",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-10",
										0
									],
									"destination": [
										"obj-13",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-12",
										0
									],
									"destination": [
										"obj-13",
										1
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-5",
										0
									],
									"destination": [
										"obj-13",
										2
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-7",
										0
									],
									"destination": [
										"obj-13",
										3
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-13",
										0
									],
									"destination": [
										"obj-14",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										1
									],
									"destination": [
										"obj-15",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										1
									],
									"destination": [
										"obj-16",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										0
									],
									"destination": [
										"obj-17",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-16",
										0
									],
									"destination": [
										"obj-18",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-17",
										0
									],
									"destination": [
										"obj-19",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-18",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-19",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										0
									],
									"destination": [
										"obj-21",
										0
									],
									"order": 0
								}
							}
						],
						"dependency_cache": [],
						"autosave": 0
					},
					"text": "p c4",
					"outlettype": [
						"",
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-85",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						390,
						605,
						40,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						310,
						108,
						40,
						20
					],
					"text": "c5"
				}
			},
			{
				"box": {
					"id": "obj-86",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						390,
						630,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						310,
						130,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-87",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						390,
						680,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						310,
						175,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-88",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						390,
						735,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						310,
						222,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-89",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						412,
						735,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						332,
						222,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-90",
					"maxclass": "newobj",
					"numinlets": 4,
					"numoutlets": 2,
					"patching_rect": [
						390,
						795,
						60.0,
						22.0
					],
					"patcher": {
						"fileversion": 1,
						"appversion": {
							"major": 8,
							"minor": 5,
							"revision": 5,
							"architecture": "x64",
							"modernui": 1
						},
						"classnamespace": "box",
						"rect": [
							40.0,
							80.0,
							480.0,
							382.0
						],
						"bglocked": 0,
						"openinpresentation": 0,
						"default_fontsize": 12.0,
						"default_fontface": 0,
						"default_fontname": "Arial",
						"gridonopen": 1,
						"gridsize": [
							15.0,
							15.0
						],
						"gridsnaponopen": 1,
						"objectsnaponopen": 1,
						"statusbarvisible": 2,
						"toolbarvisible": 1,
						"lefttoolbarpinned": 0,
						"toptoolbarpinned": 0,
						"righttoolbarpinned": 0,
						"bottomtoolbarpinned": 0,
						"toolbars_unpinned_last_save": 0,
						"tallnewobj": 0,
						"boxanimatetime": 200,
						"enablehscroll": 1,
						"enablevscroll": 1,
						"devicewidth": 0.0,
						"description": "",
						"digest": "",
						"tags": "",
						"style": "",
						"subpatcher_template": "",
						"assistshowspatchername": 0,
						"boxes": [
							{
								"box": {
									"id": "obj-1",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										20,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-2",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										20,
										45,
										100,
										22.0
									],
									"text": "gain dial"
								}
							},
							{
								"box": {
									"id": "obj-3",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										130,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-4",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										130,
										45,
										100,
										22.0
									],
									"text": "offset dial"
								}
							},
							{
								"box": {
									"id": "obj-5",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										240,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-6",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										240,
										45,
										100,
										22.0
									],
									"text": "sign flip"
								}
							},
							{
								"box": {
									"id": "obj-7",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										350,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-8",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										350,
										45,
										100,
										22.0
									],
									"text": "zero"
								}
							},
							{
								"box": {
									"id": "obj-9",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-10",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										100,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ 0.00"
								}
							},
							{
								"box": {
									"id": "obj-11",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-12",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										100,
										48.3,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ -1.00"
								}
							},
							{
								"box": {
									"id": "obj-13",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										20,
										140,
										76.6,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "pak 1. 0. 0 0"
								}
							},
							{
								"box": {
									"id": "obj-14",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										20,
										170,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t b l"
								}
							},
							{
								"box": {
									"id": "obj-15",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										100,
										200,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t l l"
								}
							},
							{
								"box": {
									"id": "obj-16",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										100,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f1*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-17",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										300,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f2*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-18",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										100,
										270,
										117.3,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store gain5"
								}
							},
							{
								"box": {
									"id": "obj-19",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										300,
										270,
										124.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store offset5"
								}
							},
							{
								"box": {
									"id": "obj-20",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										100,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							},
							{
								"box": {
									"id": "obj-21",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										300,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							}
						],
						"lines": [
							{
								"patchline": {
									"source": [
										"obj-1",
										0
									],
									"destination": [
										"obj-9",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-9",
										0
									],
									"destination": [
										"obj-10",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-3",
										0
									],
									"destination": [
										"obj-11",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-11",
										0
									],
									"destination": [
										"obj-12",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-10",
										0
									],
									"destination": [
										"obj-13",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-12",
										0
									],
									"destination": [
										"obj-13",
										1
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-5",
										0
									],
									"destination": [
										"obj-13",
										2
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-7",
										0
									],
									"destination": [
										"obj-13",
										3
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-13",
										0
									],
									"destination": [
										"obj-14",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										1
									],
									"destination": [
										"obj-15",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										1
									],
									"destination": [
										"obj-16",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										0
									],
									"destination": [
										"obj-17",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-16",
										0
									],
									"destination": [
										"obj-18",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-17",
										0
									],
									"destination": [
										"obj-19",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-18",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-19",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										0
									],
									"destination": [
										"obj-21",
										0
									],
									"order": 0
								}
							}
						],
						"dependency_cache": [],
						"autosave": 0
					},
					"text": "p c5",
					"outlettype": [
						"",
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-91",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						454,
						605,
						40,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						360,
						108,
						40,
						20
					],
					"text": "c6"
				}
			},
			{
				"box": {
					"id": "obj-92",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						454,
						630,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						360,
						130,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-93",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						454,
						680,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						360,
						175,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-94",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						454,
						735,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						360,
						222,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-95",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						476,
						735,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						382,
						222,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-96",
					"maxclass": "newobj",
					"numinlets": 4,
					"numoutlets": 2,
					"patching_rect": [
						454,
						765,
						60.0,
						22.0
					],
					"patcher": {
						"fileversion": 1,
						"appversion": {
							"major": 8,
							"minor": 5,
							"revision": 5,
							"architecture": "x64",
							"modernui": 1
						},
						"classnamespace": "box",
						"rect": [
							40.0,
							80.0,
							480.0,
							382.0
						],
						"bglocked": 0,
						"openinpresentation": 0,
						"default_fontsize": 12.0,
						"default_fontface": 0,
						"default_fontname": "Arial",
						"gridonopen": 1,
						"gridsize": [
							15.0,
							15.0
						],
						"gridsnaponopen": 1,
						"objectsnaponopen": 1,
						"statusbarvisible": 2,
						"toolbarvisible": 1,
						"lefttoolbarpinned": 0,
						"toptoolbarpinned": 0,
						"righttoolbarpinned": 0,
						"bottomtoolbarpinned": 0,
						"toolbars_unpinned_last_save": 0,
						"tallnewobj": 0,
						"boxanimatetime": 200,
						"enablehscroll": 1,
						"enablevscroll": 1,
						"devicewidth": 0.0,
						"description": "",
						"digest": "",
						"tags": "",
						"style": "",
						"subpatcher_template": "",
						"assistshowspatchername": 0,
						"boxes": [
							{
								"box": {
									"id": "obj-1",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										20,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-2",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										20,
										45,
										100,
										22.0
									],
									"text": "gain dial"
								}
							},
							{
								"box": {
									"id": "obj-3",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										130,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-4",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										130,
										45,
										100,
										22.0
									],
									"text": "offset dial"
								}
							},
							{
								"box": {
									"id": "obj-5",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										240,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-6",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										240,
										45,
										100,
										22.0
									],
									"text": "sign flip"
								}
							},
							{
								"box": {
									"id": "obj-7",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										350,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-8",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										350,
										45,
										100,
										22.0
									],
									"text": "zero"
								}
							},
							{
								"box": {
									"id": "obj-9",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-10",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										100,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ 0.00"
								}
							},
							{
								"box": {
									"id": "obj-11",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-12",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										100,
										48.3,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ -1.00"
								}
							},
							{
								"box": {
									"id": "obj-13",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										20,
										140,
										76.6,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "pak 1. 0. 0 0"
								}
							},
							{
								"box": {
									"id": "obj-14",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										20,
										170,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t b l"
								}
							},
							{
								"box": {
									"id": "obj-15",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										100,
										200,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t l l"
								}
							},
							{
								"box": {
									"id": "obj-16",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										100,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f1*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-17",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										300,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f2*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-18",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										100,
										270,
										117.3,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store gain6"
								}
							},
							{
								"box": {
									"id": "obj-19",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										300,
										270,
										124.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store offset6"
								}
							},
							{
								"box": {
									"id": "obj-20",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										100,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							},
							{
								"box": {
									"id": "obj-21",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										300,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							}
						],
						"lines": [
							{
								"patchline": {
									"source": [
										"obj-1",
										0
									],
									"destination": [
										"obj-9",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-9",
										0
									],
									"destination": [
										"obj-10",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-3",
										0
									],
									"destination": [
										"obj-11",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-11",
										0
									],
									"destination": [
										"obj-12",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-10",
										0
									],
									"destination": [
										"obj-13",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-12",
										0
									],
									"destination": [
										"obj-13",
										1
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-5",
										0
									],
									"destination": [
										"obj-13",
										2
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-7",
										0
									],
									"destination": [
										"obj-13",
										3
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-13",
										0
									],
									"destination": [
										"obj-14",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										1
									],
									"destination": [
										"obj-15",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										1
									],
									"destination": [
										"obj-16",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										0
									],
									"destination": [
										"obj-17",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-16",
										0
									],
									"destination": [
										"obj-18",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-17",
										0
									],
									"destination": [
										"obj-19",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-18",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-19",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										0
									],
									"destination": [
										"obj-21",
										0
									],
									"order": 0
								}
							}
						],
						"dependency_cache": [],
						"autosave": 0
					},
					"text": "p c6",
					"outlettype": [
						"",
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-97",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						518,
						605,
						40,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						410,
						108,
						40,
						20
					],
					"text": "c7"
				}
			},
			{
				"box": {
					"id": "obj-98",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						518,
						630,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						410,
						130,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-99",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						518,
						680,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						410,
						175,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-100",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						518,
						735,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						410,
						222,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-101",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						540,
						735,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						432,
						222,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-102",
					"maxclass": "newobj",
					"numinlets": 4,
					"numoutlets": 2,
					"patching_rect": [
						518,
						795,
						60.0,
						22.0
					],
					"patcher": {
						"fileversion": 1,
						"appversion": {
							"major": 8,
							"minor": 5,
							"revision": 5,
							"architecture": "x64",
							"modernui": 1
						},
						"classnamespace": "box",
						"rect": [
							40.0,
							80.0,
							480.0,
							382.0
						],
						"bglocked": 0,
						"openinpresentation": 0,
						"default_fontsize": 12.0,
						"default_fontface": 0,
						"default_fontname": "Arial",
						"gridonopen": 1,
						"gridsize": [
							15.0,
							15.0
						],
						"gridsnaponopen": 1,
						"objectsnaponopen": 1,
						"statusbarvisible": 2,
						"toolbarvisible": 1,
						"lefttoolbarpinned": 0,
						"toptoolbarpinned": 0,
						"righttoolbarpinned": 0,
						"bottomtoolbarpinned": 0,
						"toolbars_unpinned_last_save": 0,
						"tallnewobj": 0,
						"boxanimatetime": 200,
						"enablehscroll": 1,
						"enablevscroll": 1,
						"devicewidth": 0.0,
						"description": "",
						"digest": "",
						"tags": "",
						"style": "",
						"subpatcher_template": "",
						"assistshowspatchername": 0,
						"boxes": [
							{
								"box": {
									"id": "obj-1",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										20,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-2",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										20,
										45,
										100,
										22.0
									],
									"text": "gain dial"
								}
							},
							{
								"box": {
									"id": "obj-3",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										130,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-4",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										130,
										45,
										100,
										22.0
									],
									"text": "offset dial"
								}
							},
							{
								"box": {
									"id": "obj-5",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										240,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-6",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										240,
										45,
										100,
										22.0
									],
									"text": "sign flip"
								}
							},
							{
								"box": {
									"id": "obj-7",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										350,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-8",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										350,
										45,
										100,
										22.0
									],
									"text": "zero"
								}
							},
							{
								"box": {
									"id": "obj-9",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-10",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										100,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ 0.00"
								}
							},
							{
								"box": {
									"id": "obj-11",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-12",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										100,
										48.3,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ -1.00"
								}
							},
							{
								"box": {
									"id": "obj-13",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										20,
										140,
										76.6,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "pak 1. 0. 0 0"
								}
							},
							{
								"box": {
									"id": "obj-14",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										20,
										170,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t b l"
								}
							},
							{
								"box": {
									"id": "obj-15",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										100,
										200,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t l l"
								}
							},
							{
								"box": {
									"id": "obj-16",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										100,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f1*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-17",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										300,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f2*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-18",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										100,
										270,
										117.3,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store gain7"
								}
							},
							{
								"box": {
									"id": "obj-19",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										300,
										270,
										124.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store offset7"
								}
							},
							{
								"box": {
									"id": "obj-20",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										100,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							},
							{
								"box": {
									"id": "obj-21",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										300,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							}
						],
						"lines": [
							{
								"patchline": {
									"source": [
										"obj-1",
										0
									],
									"destination": [
										"obj-9",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-9",
										0
									],
									"destination": [
										"obj-10",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-3",
										0
									],
									"destination": [
										"obj-11",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-11",
										0
									],
									"destination": [
										"obj-12",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-10",
										0
									],
									"destination": [
										"obj-13",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-12",
										0
									],
									"destination": [
										"obj-13",
										1
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-5",
										0
									],
									"destination": [
										"obj-13",
										2
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-7",
										0
									],
									"destination": [
										"obj-13",
										3
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-13",
										0
									],
									"destination": [
										"obj-14",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										1
									],
									"destination": [
										"obj-15",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										1
									],
									"destination": [
										"obj-16",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										0
									],
									"destination": [
										"obj-17",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-16",
										0
									],
									"destination": [
										"obj-18",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-17",
										0
									],
									"destination": [
										"obj-19",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-18",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-19",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										0
									],
									"destination": [
										"obj-21",
										0
									],
									"order": 0
								}
							}
						],
						"dependency_cache": [],
						"autosave": 0
					},
					"text": "p c7",
					"outlettype": [
						"",
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-103",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						582,
						605,
						40,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						460,
						108,
						40,
						20
					],
					"text": "c8"
				}
			},
			{
				"box": {
					"id": "obj-104",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						582,
						630,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						460,
						130,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-105",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						582,
						680,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						460,
						175,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-106",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						582,
						735,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						460,
						222,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-107",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						604,
						735,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						482,
						222,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-108",
					"maxclass": "newobj",
					"numinlets": 4,
					"numoutlets": 2,
					"patching_rect": [
						582,
						765,
						60.0,
						22.0
					],
					"patcher": {
						"fileversion": 1,
						"appversion": {
							"major": 8,
							"minor": 5,
							"revision": 5,
							"architecture": "x64",
							"modernui": 1
						},
						"classnamespace": "box",
						"rect": [
							40.0,
							80.0,
							480.0,
							382.0
						],
						"bglocked": 0,
						"openinpresentation": 0,
						"default_fontsize": 12.0,
						"default_fontface": 0,
						"default_fontname": "Arial",
						"gridonopen": 1,
						"gridsize": [
							15.0,
							15.0
						],
						"gridsnaponopen": 1,
						"objectsnaponopen": 1,
						"statusbarvisible": 2,
						"toolbarvisible": 1,
						"lefttoolbarpinned": 0,
						"toptoolbarpinned": 0,
						"righttoolbarpinned": 0,
						"bottomtoolbarpinned": 0,
						"toolbars_unpinned_last_save": 0,
						"tallnewobj": 0,
						"boxanimatetime": 200,
						"enablehscroll": 1,
						"enablevscroll": 1,
						"devicewidth": 0.0,
						"description": "",
						"digest": "",
						"tags": "",
						"style": "",
						"subpatcher_template": "",
						"assistshowspatchername": 0,
						"boxes": [
							{
								"box": {
									"id": "obj-1",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										20,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-2",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										20,
										45,
										100,
										22.0
									],
									"text": "gain dial"
								}
							},
							{
								"box": {
									"id": "obj-3",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										130,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-4",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										130,
										45,
										100,
										22.0
									],
									"text": "offset dial"
								}
							},
							{
								"box": {
									"id": "obj-5",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										240,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-6",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										240,
										45,
										100,
										22.0
									],
									"text": "sign flip"
								}
							},
							{
								"box": {
									"id": "obj-7",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										350,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-8",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										350,
										45,
										100,
										22.0
									],
									"text": "zero"
								}
							},
							{
								"box": {
									"id": "obj-9",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-10",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										100,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ 0.00"
								}
							},
							{
								"box": {
									"id": "obj-11",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-12",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										100,
										48.3,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ -1.00"
								}
							},
							{
								"box": {
									"id": "obj-13",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										20,
										140,
										76.6,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "pak 1. 0. 0 0"
								}
							},
							{
								"box": {
									"id": "obj-14",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										20,
										170,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t b l"
								}
							},
							{
								"box": {
									"id": "obj-15",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										100,
										200,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t l l"
								}
							},
							{
								"box": {
									"id": "obj-16",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										100,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f1*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-17",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										300,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f2*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-18",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										100,
										270,
										117.3,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store gain8"
								}
							},
							{
								"box": {
									"id": "obj-19",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										300,
										270,
										124.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store offset8"
								}
							},
							{
								"box": {
									"id": "obj-20",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										100,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							},
							{
								"box": {
									"id": "obj-21",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										300,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							}
						],
						"lines": [
							{
								"patchline": {
									"source": [
										"obj-1",
										0
									],
									"destination": [
										"obj-9",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-9",
										0
									],
									"destination": [
										"obj-10",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-3",
										0
									],
									"destination": [
										"obj-11",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-11",
										0
									],
									"destination": [
										"obj-12",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-10",
										0
									],
									"destination": [
										"obj-13",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-12",
										0
									],
									"destination": [
										"obj-13",
										1
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-5",
										0
									],
									"destination": [
										"obj-13",
										2
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-7",
										0
									],
									"destination": [
										"obj-13",
										3
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-13",
										0
									],
									"destination": [
										"obj-14",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										1
									],
									"destination": [
										"obj-15",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										1
									],
									"destination": [
										"obj-16",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										0
									],
									"destination": [
										"obj-17",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-16",
										0
									],
									"destination": [
										"obj-18",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-17",
										0
									],
									"destination": [
										"obj-19",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-18",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-19",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										0
									],
									"destination": [
										"obj-21",
										0
									],
									"order": 0
								}
							}
						],
						"dependency_cache": [],
						"autosave": 0
					},
					"text": "p c8",
					"outlettype": [
						"",
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-109",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						646,
						605,
						40,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						510,
						108,
						40,
						20
					],
					"text": "c9"
				}
			},
			{
				"box": {
					"id": "obj-110",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						646,
						630,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						510,
						130,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-111",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						646,
						680,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						510,
						175,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-112",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						646,
						735,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						510,
						222,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-113",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						668,
						735,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						532,
						222,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-114",
					"maxclass": "newobj",
					"numinlets": 4,
					"numoutlets": 2,
					"patching_rect": [
						646,
						795,
						60.0,
						22.0
					],
					"patcher": {
						"fileversion": 1,
						"appversion": {
							"major": 8,
							"minor": 5,
							"revision": 5,
							"architecture": "x64",
							"modernui": 1
						},
						"classnamespace": "box",
						"rect": [
							40.0,
							80.0,
							480.0,
							382.0
						],
						"bglocked": 0,
						"openinpresentation": 0,
						"default_fontsize": 12.0,
						"default_fontface": 0,
						"default_fontname": "Arial",
						"gridonopen": 1,
						"gridsize": [
							15.0,
							15.0
						],
						"gridsnaponopen": 1,
						"objectsnaponopen": 1,
						"statusbarvisible": 2,
						"toolbarvisible": 1,
						"lefttoolbarpinned": 0,
						"toptoolbarpinned": 0,
						"righttoolbarpinned": 0,
						"bottomtoolbarpinned": 0,
						"toolbars_unpinned_last_save": 0,
						"tallnewobj": 0,
						"boxanimatetime": 200,
						"enablehscroll": 1,
						"enablevscroll": 1,
						"devicewidth": 0.0,
						"description": "",
						"digest": "",
						"tags": "",
						"style": "",
						"subpatcher_template": "",
						"assistshowspatchername": 0,
						"boxes": [
							{
								"box": {
									"id": "obj-1",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										20,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-2",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										20,
										45,
										100,
										22.0
									],
									"text": "gain dial"
								}
							},
							{
								"box": {
									"id": "obj-3",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										130,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-4",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										130,
										45,
										100,
										22.0
									],
									"text": "offset dial"
								}
							},
							{
								"box": {
									"id": "obj-5",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										240,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-6",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										240,
										45,
										100,
										22.0
									],
									"text": "sign flip"
								}
							},
							{
								"box": {
									"id": "obj-7",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										350,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-8",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										350,
										45,
										100,
										22.0
									],
									"text": "zero"
								}
							},
							{
								"box": {
									"id": "obj-9",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-10",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										100,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ 0.00"
								}
							},
							{
								"box": {
									"id": "obj-11",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-12",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										100,
										48.3,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ -1.00"
								}
							},
							{
								"box": {
									"id": "obj-13",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										20,
										140,
										76.6,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "pak 1. 0. 0 0"
								}
							},
							{
								"box": {
									"id": "obj-14",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										20,
										170,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t b l"
								}
							},
							{
								"box": {
									"id": "obj-15",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										100,
										200,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t l l"
								}
							},
							{
								"box": {
									"id": "obj-16",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										100,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f1*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-17",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										300,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f2*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-18",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										100,
										270,
										117.3,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store gain9"
								}
							},
							{
								"box": {
									"id": "obj-19",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										300,
										270,
										124.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store offset9"
								}
							},
							{
								"box": {
									"id": "obj-20",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										100,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							},
							{
								"box": {
									"id": "obj-21",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										300,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							}
						],
						"lines": [
							{
								"patchline": {
									"source": [
										"obj-1",
										0
									],
									"destination": [
										"obj-9",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-9",
										0
									],
									"destination": [
										"obj-10",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-3",
										0
									],
									"destination": [
										"obj-11",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-11",
										0
									],
									"destination": [
										"obj-12",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-10",
										0
									],
									"destination": [
										"obj-13",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-12",
										0
									],
									"destination": [
										"obj-13",
										1
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-5",
										0
									],
									"destination": [
										"obj-13",
										2
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-7",
										0
									],
									"destination": [
										"obj-13",
										3
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-13",
										0
									],
									"destination": [
										"obj-14",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										1
									],
									"destination": [
										"obj-15",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										1
									],
									"destination": [
										"obj-16",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										0
									],
									"destination": [
										"obj-17",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-16",
										0
									],
									"destination": [
										"obj-18",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-17",
										0
									],
									"destination": [
										"obj-19",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-18",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-19",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										0
									],
									"destination": [
										"obj-21",
										0
									],
									"order": 0
								}
							}
						],
						"dependency_cache": [],
						"autosave": 0
					},
					"text": "p c9",
					"outlettype": [
						"",
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-115",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						710,
						605,
						40,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						560,
						108,
						40,
						20
					],
					"text": "c10"
				}
			},
			{
				"box": {
					"id": "obj-116",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						710,
						630,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						560,
						130,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-117",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						710,
						680,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						560,
						175,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-118",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						710,
						735,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						560,
						222,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-119",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						732,
						735,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						582,
						222,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-120",
					"maxclass": "newobj",
					"numinlets": 4,
					"numoutlets": 2,
					"patching_rect": [
						710,
						765,
						60.0,
						22.0
					],
					"patcher": {
						"fileversion": 1,
						"appversion": {
							"major": 8,
							"minor": 5,
							"revision": 5,
							"architecture": "x64",
							"modernui": 1
						},
						"classnamespace": "box",
						"rect": [
							40.0,
							80.0,
							480.0,
							382.0
						],
						"bglocked": 0,
						"openinpresentation": 0,
						"default_fontsize": 12.0,
						"default_fontface": 0,
						"default_fontname": "Arial",
						"gridonopen": 1,
						"gridsize": [
							15.0,
							15.0
						],
						"gridsnaponopen": 1,
						"objectsnaponopen": 1,
						"statusbarvisible": 2,
						"toolbarvisible": 1,
						"lefttoolbarpinned": 0,
						"toptoolbarpinned": 0,
						"righttoolbarpinned": 0,
						"bottomtoolbarpinned": 0,
						"toolbars_unpinned_last_save": 0,
						"tallnewobj": 0,
						"boxanimatetime": 200,
						"enablehscroll": 1,
						"enablevscroll": 1,
						"devicewidth": 0.0,
						"description": "",
						"digest": "",
						"tags": "",
						"style": "",
						"subpatcher_template": "",
						"assistshowspatchername": 0,
						"boxes": [
							{
								"box": {
									"id": "obj-1",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										20,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-2",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										20,
										45,
										100,
										22.0
									],
									"text": "gain dial"
								}
							},
							{
								"box": {
									"id": "obj-3",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										130,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-4",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										130,
										45,
										100,
										22.0
									],
									"text": "offset dial"
								}
							},
							{
								"box": {
									"id": "obj-5",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										240,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-6",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										240,
										45,
										100,
										22.0
									],
									"text": "sign flip"
								}
							},
							{
								"box": {
									"id": "obj-7",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										350,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-8",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										350,
										45,
										100,
										22.0
									],
									"text": "zero"
								}
							},
							{
								"box": {
									"id": "obj-9",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-10",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										100,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ 0.00"
								}
							},
							{
								"box": {
									"id": "obj-11",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-12",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										100,
										48.3,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ -1.00"
								}
							},
							{
								"box": {
									"id": "obj-13",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										20,
										140,
										76.6,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "pak 1. 0. 0 0"
								}
							},
							{
								"box": {
									"id": "obj-14",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										20,
										170,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t b l"
								}
							},
							{
								"box": {
									"id": "obj-15",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										100,
										200,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t l l"
								}
							},
							{
								"box": {
									"id": "obj-16",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										100,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f1*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-17",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										300,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f2*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-18",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										100,
										270,
										124.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store gain10"
								}
							},
							{
								"box": {
									"id": "obj-19",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										300,
										270,
										130.7,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store offset10"
								}
							},
							{
								"box": {
									"id": "obj-20",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										100,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							},
							{
								"box": {
									"id": "obj-21",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										300,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							}
						],
						"lines": [
							{
								"patchline": {
									"source": [
										"obj-1",
										0
									],
									"destination": [
										"obj-9",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-9",
										0
									],
									"destination": [
										"obj-10",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-3",
										0
									],
									"destination": [
										"obj-11",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-11",
										0
									],
									"destination": [
										"obj-12",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-10",
										0
									],
									"destination": [
										"obj-13",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-12",
										0
									],
									"destination": [
										"obj-13",
										1
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-5",
										0
									],
									"destination": [
										"obj-13",
										2
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-7",
										0
									],
									"destination": [
										"obj-13",
										3
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-13",
										0
									],
									"destination": [
										"obj-14",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										1
									],
									"destination": [
										"obj-15",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										1
									],
									"destination": [
										"obj-16",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										0
									],
									"destination": [
										"obj-17",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-16",
										0
									],
									"destination": [
										"obj-18",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-17",
										0
									],
									"destination": [
										"obj-19",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-18",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-19",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										0
									],
									"destination": [
										"obj-21",
										0
									],
									"order": 0
								}
							}
						],
						"dependency_cache": [],
						"autosave": 0
					},
					"text": "p c10",
					"outlettype": [
						"",
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-121",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						774,
						605,
						40,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						610,
						108,
						40,
						20
					],
					"text": "c11"
				}
			},
			{
				"box": {
					"id": "obj-122",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						774,
						630,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						610,
						130,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-123",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						774,
						680,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						610,
						175,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-124",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						774,
						735,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						610,
						222,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-125",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						796,
						735,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						632,
						222,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-126",
					"maxclass": "newobj",
					"numinlets": 4,
					"numoutlets": 2,
					"patching_rect": [
						774,
						795,
						60.0,
						22.0
					],
					"patcher": {
						"fileversion": 1,
						"appversion": {
							"major": 8,
							"minor": 5,
							"revision": 5,
							"architecture": "x64",
							"modernui": 1
						},
						"classnamespace": "box",
						"rect": [
							40.0,
							80.0,
							480.0,
							382.0
						],
						"bglocked": 0,
						"openinpresentation": 0,
						"default_fontsize": 12.0,
						"default_fontface": 0,
						"default_fontname": "Arial",
						"gridonopen": 1,
						"gridsize": [
							15.0,
							15.0
						],
						"gridsnaponopen": 1,
						"objectsnaponopen": 1,
						"statusbarvisible": 2,
						"toolbarvisible": 1,
						"lefttoolbarpinned": 0,
						"toptoolbarpinned": 0,
						"righttoolbarpinned": 0,
						"bottomtoolbarpinned": 0,
						"toolbars_unpinned_last_save": 0,
						"tallnewobj": 0,
						"boxanimatetime": 200,
						"enablehscroll": 1,
						"enablevscroll": 1,
						"devicewidth": 0.0,
						"description": "",
						"digest": "",
						"tags": "",
						"style": "",
						"subpatcher_template": "",
						"assistshowspatchername": 0,
						"boxes": [
							{
								"box": {
									"id": "obj-1",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										20,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-2",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										20,
										45,
										100,
										22.0
									],
									"text": "gain dial"
								}
							},
							{
								"box": {
									"id": "obj-3",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										130,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-4",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										130,
										45,
										100,
										22.0
									],
									"text": "offset dial"
								}
							},
							{
								"box": {
									"id": "obj-5",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										240,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-6",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										240,
										45,
										100,
										22.0
									],
									"text": "sign flip"
								}
							},
							{
								"box": {
									"id": "obj-7",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										350,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-8",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										350,
										45,
										100,
										22.0
									],
									"text": "zero"
								}
							},
							{
								"box": {
									"id": "obj-9",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-10",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										100,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ 0.00"
								}
							},
							{
								"box": {
									"id": "obj-11",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-12",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										100,
										48.3,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ -1.00"
								}
							},
							{
								"box": {
									"id": "obj-13",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										20,
										140,
										76.6,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "pak 1. 0. 0 0"
								}
							},
							{
								"box": {
									"id": "obj-14",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										20,
										170,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t b l"
								}
							},
							{
								"box": {
									"id": "obj-15",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										100,
										200,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t l l"
								}
							},
							{
								"box": {
									"id": "obj-16",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										100,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f1*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-17",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										300,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f2*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-18",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										100,
										270,
										124.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store gain11"
								}
							},
							{
								"box": {
									"id": "obj-19",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										300,
										270,
										130.7,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store offset11"
								}
							},
							{
								"box": {
									"id": "obj-20",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										100,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							},
							{
								"box": {
									"id": "obj-21",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										300,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							}
						],
						"lines": [
							{
								"patchline": {
									"source": [
										"obj-1",
										0
									],
									"destination": [
										"obj-9",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-9",
										0
									],
									"destination": [
										"obj-10",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-3",
										0
									],
									"destination": [
										"obj-11",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-11",
										0
									],
									"destination": [
										"obj-12",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-10",
										0
									],
									"destination": [
										"obj-13",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-12",
										0
									],
									"destination": [
										"obj-13",
										1
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-5",
										0
									],
									"destination": [
										"obj-13",
										2
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-7",
										0
									],
									"destination": [
										"obj-13",
										3
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-13",
										0
									],
									"destination": [
										"obj-14",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										1
									],
									"destination": [
										"obj-15",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										1
									],
									"destination": [
										"obj-16",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										0
									],
									"destination": [
										"obj-17",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-16",
										0
									],
									"destination": [
										"obj-18",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-17",
										0
									],
									"destination": [
										"obj-19",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-18",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-19",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										0
									],
									"destination": [
										"obj-21",
										0
									],
									"order": 0
								}
							}
						],
						"dependency_cache": [],
						"autosave": 0
					},
					"text": "p c11",
					"outlettype": [
						"",
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-127",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						838,
						605,
						40,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						660,
						108,
						40,
						20
					],
					"text": "c12"
				}
			},
			{
				"box": {
					"id": "obj-128",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						838,
						630,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						660,
						130,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-129",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						838,
						680,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						660,
						175,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-130",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						838,
						735,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						660,
						222,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-131",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						860,
						735,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						682,
						222,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-132",
					"maxclass": "newobj",
					"numinlets": 4,
					"numoutlets": 2,
					"patching_rect": [
						838,
						765,
						60.0,
						22.0
					],
					"patcher": {
						"fileversion": 1,
						"appversion": {
							"major": 8,
							"minor": 5,
							"revision": 5,
							"architecture": "x64",
							"modernui": 1
						},
						"classnamespace": "box",
						"rect": [
							40.0,
							80.0,
							480.0,
							382.0
						],
						"bglocked": 0,
						"openinpresentation": 0,
						"default_fontsize": 12.0,
						"default_fontface": 0,
						"default_fontname": "Arial",
						"gridonopen": 1,
						"gridsize": [
							15.0,
							15.0
						],
						"gridsnaponopen": 1,
						"objectsnaponopen": 1,
						"statusbarvisible": 2,
						"toolbarvisible": 1,
						"lefttoolbarpinned": 0,
						"toptoolbarpinned": 0,
						"righttoolbarpinned": 0,
						"bottomtoolbarpinned": 0,
						"toolbars_unpinned_last_save": 0,
						"tallnewobj": 0,
						"boxanimatetime": 200,
						"enablehscroll": 1,
						"enablevscroll": 1,
						"devicewidth": 0.0,
						"description": "",
						"digest": "",
						"tags": "",
						"style": "",
						"subpatcher_template": "",
						"assistshowspatchername": 0,
						"boxes": [
							{
								"box": {
									"id": "obj-1",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										20,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-2",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										20,
										45,
										100,
										22.0
									],
									"text": "gain dial"
								}
							},
							{
								"box": {
									"id": "obj-3",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										130,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-4",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										130,
										45,
										100,
										22.0
									],
									"text": "offset dial"
								}
							},
							{
								"box": {
									"id": "obj-5",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										240,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-6",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										240,
										45,
										100,
										22.0
									],
									"text": "sign flip"
								}
							},
							{
								"box": {
									"id": "obj-7",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										350,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-8",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										350,
										45,
										100,
										22.0
									],
									"text": "zero"
								}
							},
							{
								"box": {
									"id": "obj-9",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-10",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										100,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ 0.00"
								}
							},
							{
								"box": {
									"id": "obj-11",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-12",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										100,
										48.3,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ -1.00"
								}
							},
							{
								"box": {
									"id": "obj-13",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										20,
										140,
										76.6,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "pak 1. 0. 0 0"
								}
							},
							{
								"box": {
									"id": "obj-14",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										20,
										170,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t b l"
								}
							},
							{
								"box": {
									"id": "obj-15",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										100,
										200,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t l l"
								}
							},
							{
								"box": {
									"id": "obj-16",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										100,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f1*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-17",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										300,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f2*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-18",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										100,
										270,
										124.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store gain12"
								}
							},
							{
								"box": {
									"id": "obj-19",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										300,
										270,
										130.7,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store offset12"
								}
							},
							{
								"box": {
									"id": "obj-20",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										100,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							},
							{
								"box": {
									"id": "obj-21",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										300,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							}
						],
						"lines": [
							{
								"patchline": {
									"source": [
										"obj-1",
										0
									],
									"destination": [
										"obj-9",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-9",
										0
									],
									"destination": [
										"obj-10",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-3",
										0
									],
									"destination": [
										"obj-11",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-11",
										0
									],
									"destination": [
										"obj-12",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-10",
										0
									],
									"destination": [
										"obj-13",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-12",
										0
									],
									"destination": [
										"obj-13",
										1
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-5",
										0
									],
									"destination": [
										"obj-13",
										2
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-7",
										0
									],
									"destination": [
										"obj-13",
										3
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-13",
										0
									],
									"destination": [
										"obj-14",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										1
									],
									"destination": [
										"obj-15",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										1
									],
									"destination": [
										"obj-16",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										0
									],
									"destination": [
										"obj-17",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-16",
										0
									],
									"destination": [
										"obj-18",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-17",
										0
									],
									"destination": [
										"obj-19",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-18",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-19",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										0
									],
									"destination": [
										"obj-21",
										0
									],
									"order": 0
								}
							}
						],
						"dependency_cache": [],
						"autosave": 0
					},
					"text": "p c12",
					"outlettype": [
						"",
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-133",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						902,
						605,
						40,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						710,
						108,
						40,
						20
					],
					"text": "c13"
				}
			},
			{
				"box": {
					"id": "obj-134",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						902,
						630,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						710,
						130,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-135",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						902,
						680,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						710,
						175,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-136",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						902,
						735,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						710,
						222,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-137",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						924,
						735,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						732,
						222,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-138",
					"maxclass": "newobj",
					"numinlets": 4,
					"numoutlets": 2,
					"patching_rect": [
						902,
						795,
						60.0,
						22.0
					],
					"patcher": {
						"fileversion": 1,
						"appversion": {
							"major": 8,
							"minor": 5,
							"revision": 5,
							"architecture": "x64",
							"modernui": 1
						},
						"classnamespace": "box",
						"rect": [
							40.0,
							80.0,
							480.0,
							382.0
						],
						"bglocked": 0,
						"openinpresentation": 0,
						"default_fontsize": 12.0,
						"default_fontface": 0,
						"default_fontname": "Arial",
						"gridonopen": 1,
						"gridsize": [
							15.0,
							15.0
						],
						"gridsnaponopen": 1,
						"objectsnaponopen": 1,
						"statusbarvisible": 2,
						"toolbarvisible": 1,
						"lefttoolbarpinned": 0,
						"toptoolbarpinned": 0,
						"righttoolbarpinned": 0,
						"bottomtoolbarpinned": 0,
						"toolbars_unpinned_last_save": 0,
						"tallnewobj": 0,
						"boxanimatetime": 200,
						"enablehscroll": 1,
						"enablevscroll": 1,
						"devicewidth": 0.0,
						"description": "",
						"digest": "",
						"tags": "",
						"style": "",
						"subpatcher_template": "",
						"assistshowspatchername": 0,
						"boxes": [
							{
								"box": {
									"id": "obj-1",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										20,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-2",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										20,
										45,
										100,
										22.0
									],
									"text": "gain dial"
								}
							},
							{
								"box": {
									"id": "obj-3",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										130,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-4",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										130,
										45,
										100,
										22.0
									],
									"text": "offset dial"
								}
							},
							{
								"box": {
									"id": "obj-5",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										240,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-6",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										240,
										45,
										100,
										22.0
									],
									"text": "sign flip"
								}
							},
							{
								"box": {
									"id": "obj-7",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										350,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-8",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										350,
										45,
										100,
										22.0
									],
									"text": "zero"
								}
							},
							{
								"box": {
									"id": "obj-9",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-10",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										100,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ 0.00"
								}
							},
							{
								"box": {
									"id": "obj-11",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-12",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										100,
										48.3,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ -1.00"
								}
							},
							{
								"box": {
									"id": "obj-13",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										20,
										140,
										76.6,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "pak 1. 0. 0 0"
								}
							},
							{
								"box": {
									"id": "obj-14",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										20,
										170,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t b l"
								}
							},
							{
								"box": {
									"id": "obj-15",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										100,
										200,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t l l"
								}
							},
							{
								"box": {
									"id": "obj-16",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										100,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f1*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-17",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										300,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f2*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-18",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										100,
										270,
										124.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store gain13"
								}
							},
							{
								"box": {
									"id": "obj-19",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										300,
										270,
										130.7,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store offset13"
								}
							},
							{
								"box": {
									"id": "obj-20",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										100,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							},
							{
								"box": {
									"id": "obj-21",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										300,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							}
						],
						"lines": [
							{
								"patchline": {
									"source": [
										"obj-1",
										0
									],
									"destination": [
										"obj-9",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-9",
										0
									],
									"destination": [
										"obj-10",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-3",
										0
									],
									"destination": [
										"obj-11",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-11",
										0
									],
									"destination": [
										"obj-12",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-10",
										0
									],
									"destination": [
										"obj-13",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-12",
										0
									],
									"destination": [
										"obj-13",
										1
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-5",
										0
									],
									"destination": [
										"obj-13",
										2
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-7",
										0
									],
									"destination": [
										"obj-13",
										3
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-13",
										0
									],
									"destination": [
										"obj-14",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										1
									],
									"destination": [
										"obj-15",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										1
									],
									"destination": [
										"obj-16",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										0
									],
									"destination": [
										"obj-17",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-16",
										0
									],
									"destination": [
										"obj-18",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-17",
										0
									],
									"destination": [
										"obj-19",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-18",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-19",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										0
									],
									"destination": [
										"obj-21",
										0
									],
									"order": 0
								}
							}
						],
						"dependency_cache": [],
						"autosave": 0
					},
					"text": "p c13",
					"outlettype": [
						"",
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-139",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						966,
						605,
						40,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						760,
						108,
						40,
						20
					],
					"text": "c14"
				}
			},
			{
				"box": {
					"id": "obj-140",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						966,
						630,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						760,
						130,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-141",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						966,
						680,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						760,
						175,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-142",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						966,
						735,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						760,
						222,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-143",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						988,
						735,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						782,
						222,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-144",
					"maxclass": "newobj",
					"numinlets": 4,
					"numoutlets": 2,
					"patching_rect": [
						966,
						765,
						60.0,
						22.0
					],
					"patcher": {
						"fileversion": 1,
						"appversion": {
							"major": 8,
							"minor": 5,
							"revision": 5,
							"architecture": "x64",
							"modernui": 1
						},
						"classnamespace": "box",
						"rect": [
							40.0,
							80.0,
							480.0,
							382.0
						],
						"bglocked": 0,
						"openinpresentation": 0,
						"default_fontsize": 12.0,
						"default_fontface": 0,
						"default_fontname": "Arial",
						"gridonopen": 1,
						"gridsize": [
							15.0,
							15.0
						],
						"gridsnaponopen": 1,
						"objectsnaponopen": 1,
						"statusbarvisible": 2,
						"toolbarvisible": 1,
						"lefttoolbarpinned": 0,
						"toptoolbarpinned": 0,
						"righttoolbarpinned": 0,
						"bottomtoolbarpinned": 0,
						"toolbars_unpinned_last_save": 0,
						"tallnewobj": 0,
						"boxanimatetime": 200,
						"enablehscroll": 1,
						"enablevscroll": 1,
						"devicewidth": 0.0,
						"description": "",
						"digest": "",
						"tags": "",
						"style": "",
						"subpatcher_template": "",
						"assistshowspatchername": 0,
						"boxes": [
							{
								"box": {
									"id": "obj-1",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										20,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-2",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										20,
										45,
										100,
										22.0
									],
									"text": "gain dial"
								}
							},
							{
								"box": {
									"id": "obj-3",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										130,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-4",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										130,
										45,
										100,
										22.0
									],
									"text": "offset dial"
								}
							},
							{
								"box": {
									"id": "obj-5",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										240,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-6",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										240,
										45,
										100,
										22.0
									],
									"text": "sign flip"
								}
							},
							{
								"box": {
									"id": "obj-7",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										350,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-8",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										350,
										45,
										100,
										22.0
									],
									"text": "zero"
								}
							},
							{
								"box": {
									"id": "obj-9",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-10",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										100,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ 0.00"
								}
							},
							{
								"box": {
									"id": "obj-11",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-12",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										100,
										48.3,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ -1.00"
								}
							},
							{
								"box": {
									"id": "obj-13",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										20,
										140,
										76.6,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "pak 1. 0. 0 0"
								}
							},
							{
								"box": {
									"id": "obj-14",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										20,
										170,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t b l"
								}
							},
							{
								"box": {
									"id": "obj-15",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										100,
										200,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t l l"
								}
							},
							{
								"box": {
									"id": "obj-16",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										100,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f1*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-17",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										300,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f2*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-18",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										100,
										270,
										124.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store gain14"
								}
							},
							{
								"box": {
									"id": "obj-19",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										300,
										270,
										130.7,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store offset14"
								}
							},
							{
								"box": {
									"id": "obj-20",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										100,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							},
							{
								"box": {
									"id": "obj-21",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										300,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							}
						],
						"lines": [
							{
								"patchline": {
									"source": [
										"obj-1",
										0
									],
									"destination": [
										"obj-9",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-9",
										0
									],
									"destination": [
										"obj-10",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-3",
										0
									],
									"destination": [
										"obj-11",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-11",
										0
									],
									"destination": [
										"obj-12",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-10",
										0
									],
									"destination": [
										"obj-13",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-12",
										0
									],
									"destination": [
										"obj-13",
										1
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-5",
										0
									],
									"destination": [
										"obj-13",
										2
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-7",
										0
									],
									"destination": [
										"obj-13",
										3
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-13",
										0
									],
									"destination": [
										"obj-14",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										1
									],
									"destination": [
										"obj-15",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										1
									],
									"destination": [
										"obj-16",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										0
									],
									"destination": [
										"obj-17",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-16",
										0
									],
									"destination": [
										"obj-18",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-17",
										0
									],
									"destination": [
										"obj-19",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-18",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-19",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										0
									],
									"destination": [
										"obj-21",
										0
									],
									"order": 0
								}
							}
						],
						"dependency_cache": [],
						"autosave": 0
					},
					"text": "p c14",
					"outlettype": [
						"",
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-145",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						1030,
						605,
						40,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						810,
						108,
						40,
						20
					],
					"text": "c15"
				}
			},
			{
				"box": {
					"id": "obj-146",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						1030,
						630,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						810,
						130,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-147",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						1030,
						680,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						810,
						175,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-148",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						1030,
						735,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						810,
						222,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-149",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						1052,
						735,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						832,
						222,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-150",
					"maxclass": "newobj",
					"numinlets": 4,
					"numoutlets": 2,
					"patching_rect": [
						1030,
						795,
						60.0,
						22.0
					],
					"patcher": {
						"fileversion": 1,
						"appversion": {
							"major": 8,
							"minor": 5,
							"revision": 5,
							"architecture": "x64",
							"modernui": 1
						},
						"classnamespace": "box",
						"rect": [
							40.0,
							80.0,
							480.0,
							382.0
						],
						"bglocked": 0,
						"openinpresentation": 0,
						"default_fontsize": 12.0,
						"default_fontface": 0,
						"default_fontname": "Arial",
						"gridonopen": 1,
						"gridsize": [
							15.0,
							15.0
						],
						"gridsnaponopen": 1,
						"objectsnaponopen": 1,
						"statusbarvisible": 2,
						"toolbarvisible": 1,
						"lefttoolbarpinned": 0,
						"toptoolbarpinned": 0,
						"righttoolbarpinned": 0,
						"bottomtoolbarpinned": 0,
						"toolbars_unpinned_last_save": 0,
						"tallnewobj": 0,
						"boxanimatetime": 200,
						"enablehscroll": 1,
						"enablevscroll": 1,
						"devicewidth": 0.0,
						"description": "",
						"digest": "",
						"tags": "",
						"style": "",
						"subpatcher_template": "",
						"assistshowspatchername": 0,
						"boxes": [
							{
								"box": {
									"id": "obj-1",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										20,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-2",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										20,
										45,
										100,
										22.0
									],
									"text": "gain dial"
								}
							},
							{
								"box": {
									"id": "obj-3",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										130,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-4",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										130,
										45,
										100,
										22.0
									],
									"text": "offset dial"
								}
							},
							{
								"box": {
									"id": "obj-5",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										240,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-6",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										240,
										45,
										100,
										22.0
									],
									"text": "sign flip"
								}
							},
							{
								"box": {
									"id": "obj-7",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										350,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-8",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										350,
										45,
										100,
										22.0
									],
									"text": "zero"
								}
							},
							{
								"box": {
									"id": "obj-9",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-10",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										100,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ 0.00"
								}
							},
							{
								"box": {
									"id": "obj-11",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-12",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										100,
										48.3,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ -1.00"
								}
							},
							{
								"box": {
									"id": "obj-13",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										20,
										140,
										76.6,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "pak 1. 0. 0 0"
								}
							},
							{
								"box": {
									"id": "obj-14",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										20,
										170,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t b l"
								}
							},
							{
								"box": {
									"id": "obj-15",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										100,
										200,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t l l"
								}
							},
							{
								"box": {
									"id": "obj-16",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										100,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f1*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-17",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										300,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f2*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-18",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										100,
										270,
										124.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store gain15"
								}
							},
							{
								"box": {
									"id": "obj-19",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										300,
										270,
										130.7,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store offset15"
								}
							},
							{
								"box": {
									"id": "obj-20",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										100,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							},
							{
								"box": {
									"id": "obj-21",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										300,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							}
						],
						"lines": [
							{
								"patchline": {
									"source": [
										"obj-1",
										0
									],
									"destination": [
										"obj-9",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-9",
										0
									],
									"destination": [
										"obj-10",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-3",
										0
									],
									"destination": [
										"obj-11",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-11",
										0
									],
									"destination": [
										"obj-12",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-10",
										0
									],
									"destination": [
										"obj-13",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-12",
										0
									],
									"destination": [
										"obj-13",
										1
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-5",
										0
									],
									"destination": [
										"obj-13",
										2
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-7",
										0
									],
									"destination": [
										"obj-13",
										3
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-13",
										0
									],
									"destination": [
										"obj-14",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										1
									],
									"destination": [
										"obj-15",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										1
									],
									"destination": [
										"obj-16",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										0
									],
									"destination": [
										"obj-17",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-16",
										0
									],
									"destination": [
										"obj-18",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-17",
										0
									],
									"destination": [
										"obj-19",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-18",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-19",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										0
									],
									"destination": [
										"obj-21",
										0
									],
									"order": 0
								}
							}
						],
						"dependency_cache": [],
						"autosave": 0
					},
					"text": "p c15",
					"outlettype": [
						"",
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-151",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 5,
					"patching_rect": [
						20,
						850,
						104.7,
						22.0
					],
					"outlettype": [
						"",
						"",
						"",
						"",
						""
					],
					"text": "unpack 0 s s 0. 0."
				}
			},
			{
				"box": {
					"id": "obj-152",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 2,
					"patching_rect": [
						150,
						850,
						56.6,
						22.0
					],
					"outlettype": [
						"list",
						"list"
					],
					"text": "zl.slice 1"
				}
			},
			{
				"box": {
					"id": "obj-153",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 2,
					"patching_rect": [
						230,
						880,
						45.0,
						22.0
					],
					"outlettype": [
						"list",
						"inactive"
					],
					"text": "zl.reg"
				}
			},
			{
				"box": {
					"id": "obj-154",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						150,
						880,
						45.0,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "== 0"
				}
			},
			{
				"box": {
					"id": "obj-155",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 2,
					"patching_rect": [
						150,
						910,
						45.0,
						22.0
					],
					"outlettype": [
						"",
						""
					],
					"text": "sel 1"
				}
			},
			{
				"box": {
					"id": "obj-156",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						20,
						1010,
						97.3,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "prepend replace"
				}
			},
			{
				"box": {
					"id": "obj-157",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						20,
						1040,
						125.7,
						22.0
					],
					"outlettype": [
						"",
						""
					],
					"text": "buffer~ nsynth_knobs"
				}
			},
			{
				"box": {
					"id": "obj-158",
					"maxclass": "button",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						190,
						1040,
						22,
						22
					],
					"presentation": 1,
					"presentation_rect": [
						480,
						285,
						22,
						22
					],
					"outlettype": [
						"bang"
					]
				}
			},
			{
				"box": {
					"id": "obj-159",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						215,
						1040,
						40.0,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						505,
						285,
						40,
						22
					],
					"text": "again"
				}
			},
			{
				"box": {
					"id": "obj-160",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						20,
						1070,
						45.0,
						22.0
					],
					"outlettype": [
						"",
						""
					],
					"text": "t b b"
				}
			},
			{
				"box": {
					"id": "obj-161",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						20,
						1100,
						30.0,
						22.0
					],
					"text": "0",
					"outlettype": [
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-162",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						120,
						1100,
						45.0,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "f 1."
				}
			},
			{
				"box": {
					"id": "obj-163",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						120,
						1130,
						46.3,
						22.0
					],
					"outlettype": [
						"signal"
					],
					"text": "sig~ 1."
				}
			},
			{
				"box": {
					"id": "obj-164",
					"maxclass": "newobj",
					"numinlets": 3,
					"numoutlets": 2,
					"patching_rect": [
						20,
						1160,
						131.7,
						22.0
					],
					"outlettype": [
						"signal",
						"signal"
					],
					"text": "groove~ nsynth_knobs"
				}
			},
			{
				"box": {
					"id": "obj-165",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						200,
						1130,
						35.3,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						230,
						262,
						35,
						22
					],
					"text": "level"
				}
			},
			{
				"box": {
					"id": "obj-166",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						200,
						1155,
						60.0,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "loadbang"
				}
			},
			{
				"box": {
					"id": "obj-167",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						200,
						1185,
						30.0,
						22.0
					],
					"text": "0.8",
					"outlettype": [
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-168",
					"maxclass": "flonum",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						200,
						1215,
						50,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						230,
						285,
						50,
						22
					],
					"outlettype": [
						"",
						""
					],
					"minimum": 0.0,
					"maximum": 1.0
				}
			},
			{
				"box": {
					"id": "obj-169",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						20,
						1245,
						45.0,
						22.0
					],
					"outlettype": [
						"Signal"
					],
					"text": "*~ 0.8"
				}
			},
			{
				"box": {
					"id": "obj-170",
					"maxclass": "meter~",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						100,
						1249,
						80,
						14
					],
					"presentation": 1,
					"presentation_rect": [
						290,
						289,
						80,
						14
					],
					"outlettype": [
						"float"
					]
				}
			},
			{
				"box": {
					"id": "obj-171",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 0,
					"patching_rect": [
						20,
						1280,
						57.0,
						22.0
					],
					"outlettype": [],
					"text": "dac~ 1 2"
				}
			},
			{
				"box": {
					"id": "obj-172",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						100,
						1280,
						33.9,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						380,
						285,
						34,
						22
					],
					"text": "start",
					"outlettype": [
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-173",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						150,
						1280,
						33.3,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						430,
						285,
						33,
						22
					],
					"text": "stop",
					"outlettype": [
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-174",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						330,
						850,
						55,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						10,
						262,
						55,
						22
					],
					"text": "match"
				}
			},
			{
				"box": {
					"id": "obj-175",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						390,
						850,
						360,
						22.0
					],
					"text": "exact, nearest or blend; exact once /nsynth/ready comes"
				}
			},
			{
				"box": {
					"id": "obj-176",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						330,
						880,
						74.0,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "prepend set"
				}
			},
			{
				"box": {
					"id": "obj-177",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						330,
						910,
						120,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						10,
						285,
						120,
						22
					],
					"text": "",
					"outlettype": [
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-178",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						470,
						910,
						55.3,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						140,
						262,
						55,
						22
					],
					"text": "distance"
				}
			},
			{
				"box": {
					"id": "obj-179",
					"maxclass": "flonum",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						530,
						910,
						70,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						140,
						285,
						70,
						22
					],
					"outlettype": [
						"",
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-180",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						330,
						950,
						620,
						22.0
					],
					"text": "answer: req_id path match distance rate"
				}
			},
			{
				"box": {
					"id": "obj-181",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						330,
						975,
						74.0,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "prepend set"
				}
			},
			{
				"box": {
					"id": "obj-182",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						330,
						1005,
						620,
						22.0
					],
					"text": "",
					"outlettype": [
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-183",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						330,
						1040,
						620,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						300,
						320,
						620,
						22
					],
					"text": "last error: req_id code message"
				}
			},
			{
				"box": {
					"id": "obj-184",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						330,
						1065,
						74.0,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "prepend set"
				}
			},
			{
				"box": {
					"id": "obj-185",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						330,
						1095,
						620,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						300,
						345,
						560,
						22
					],
					"text": "",
					"outlettype": [
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-186",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						430,
						1065,
						102.0,
						22.0
					],
					"outlettype": [],
					"text": "print nsynth-error"
				}
			},
			{
				"box": {
					"id": "obj-187",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						330,
						1140,
						330,
						22.0
					],
					"text": "status: bank size, queued, rendering, done, worker"
				}
			},
			{
				"box": {
					"id": "obj-188",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						330,
						1165,
						22,
						22
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-189",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						355,
						1165,
						111.3,
						22.0
					],
					"text": "poll every 1000 ms"
				}
			},
			{
				"box": {
					"id": "obj-190",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						500,
						1165,
						60.0,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "loadbang"
				}
			},
			{
				"box": {
					"id": "obj-191",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						570,
						1165,
						30.0,
						22.0
					],
					"text": "1",
					"outlettype": [
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-192",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						330,
						1195,
						71.3,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "metro 1000"
				}
			},
			{
				"box": {
					"id": "obj-193",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						330,
						1225,
						84.6,
						22.0
					],
					"text": "/nsynth/status",
					"outlettype": [
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-194",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 5,
					"patching_rect": [
						330,
						1255,
						98.7,
						22.0
					],
					"outlettype": [
						"",
						"",
						"",
						"",
						""
					],
					"text": "unpack 0 0 0 0 s"
				}
			},
			{
				"box": {
					"id": "obj-195",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						330,
						1285,
						64,
						22.0
					],
					"text": "bank"
				}
			},
			{
				"box": {
					"id": "obj-196",
					"maxclass": "number",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						330,
						1310,
						60,
						22.0
					],
					"outlettype": [
						"",
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-197",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						396,
						1285,
						64,
						22.0
					],
					"text": "queued"
				}
			},
			{
				"box": {
					"id": "obj-198",
					"maxclass": "number",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						396,
						1310,
						60,
						22.0
					],
					"outlettype": [
						"",
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-199",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						462,
						1285,
						64,
						22.0
					],
					"text": "rendering"
				}
			},
			{
				"box": {
					"id": "obj-200",
					"maxclass": "number",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						462,
						1310,
						60,
						22.0
					],
					"outlettype": [
						"",
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-201",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						528,
						1285,
						64,
						22.0
					],
					"text": "done"
				}
			},
			{
				"box": {
					"id": "obj-202",
					"maxclass": "number",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						528,
						1310,
						60,
						22.0
					],
					"outlettype": [
						"",
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-203",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						594,
						1285,
						64,
						22.0
					],
					"text": "worker"
				}
			},
			{
				"box": {
					"id": "obj-204",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						594,
						1310,
						74.0,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "prepend set"
				}
			},
			{
				"box": {
					"id": "obj-205",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						594,
						1340,
						66,
						22.0
					],
					"text": "",
					"outlettype": [
						""
					]
				}
			}
		],
		"lines": [
			{
				"patchline": {
					"source": [
						"obj-3",
						0
					],
					"destination": [
						"obj-6",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-4",
						0
					],
					"destination": [
						"obj-6",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-6",
						3
					],
					"destination": [
						"obj-7",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-6",
						1
					],
					"destination": [
						"obj-8",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-6",
						0
					],
					"destination": [
						"obj-9",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-7",
						0
					],
					"destination": [
						"obj-10",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-8",
						0
					],
					"destination": [
						"obj-10",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-9",
						0
					],
					"destination": [
						"obj-10",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-11",
						0
					],
					"destination": [
						"obj-12",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-12",
						2
					],
					"destination": [
						"obj-13",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-13",
						2
					],
					"destination": [
						"obj-14",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-14",
						2
					],
					"destination": [
						"obj-15",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-15",
						1
					],
					"destination": [
						"obj-16",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-12",
						0
					],
					"destination": [
						"obj-18",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-18",
						0
					],
					"destination": [
						"obj-19",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-20",
						1
					],
					"destination": [
						"obj-22",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-20",
						0
					],
					"destination": [
						"obj-21",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-22",
						0
					],
					"destination": [
						"obj-24",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-21",
						0
					],
					"destination": [
						"obj-23",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-23",
						1
					],
					"destination": [
						"obj-24",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-23",
						0
					],
					"destination": [
						"obj-24",
						0
					],
					"order": 1
				}
			},
			{
				"patchline": {
					"source": [
						"obj-23",
						3
					],
					"destination": [
						"obj-24",
						0
					],
					"order": 2
				}
			},
			{
				"patchline": {
					"source": [
						"obj-24",
						0
					],
					"destination": [
						"obj-25",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-25",
						0
					],
					"destination": [
						"obj-26",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-26",
						0
					],
					"destination": [
						"obj-27",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-27",
						0
					],
					"destination": [
						"obj-28",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-28",
						1
					],
					"destination": [
						"obj-26",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-25",
						1
					],
					"destination": [
						"obj-29",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-28",
						0
					],
					"destination": [
						"obj-29",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-29",
						0
					],
					"destination": [
						"obj-30",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-30",
						0
					],
					"destination": [
						"obj-10",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-30",
						0
					],
					"destination": [
						"obj-32",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-31",
						0
					],
					"destination": [
						"obj-32",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-32",
						0
					],
					"destination": [
						"obj-10",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-6",
						2
					],
					"destination": [
						"obj-34",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-14",
						0
					],
					"destination": [
						"obj-35",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-34",
						0
					],
					"destination": [
						"obj-36",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-35",
						0
					],
					"destination": [
						"obj-36",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-36",
						1
					],
					"destination": [
						"obj-37",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-37",
						0
					],
					"destination": [
						"obj-23",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-39",
						0
					],
					"destination": [
						"obj-40",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-40",
						0
					],
					"destination": [
						"obj-41",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-41",
						0
					],
					"destination": [
						"obj-42",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-42",
						0
					],
					"destination": [
						"obj-23",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-43",
						0
					],
					"destination": [
						"obj-20",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-45",
						0
					],
					"destination": [
						"obj-47",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-47",
						0
					],
					"destination": [
						"obj-48",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-48",
						0
					],
					"destination": [
						"obj-20",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-50",
						0
					],
					"destination": [
						"obj-51",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-51",
						0
					],
					"destination": [
						"obj-56",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-51",
						0
					],
					"destination": [
						"obj-57",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-56",
						0
					],
					"destination": [
						"obj-60",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-57",
						0
					],
					"destination": [
						"obj-60",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-58",
						0
					],
					"destination": [
						"obj-60",
						2
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-59",
						0
					],
					"destination": [
						"obj-60",
						3
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-60",
						0
					],
					"destination": [
						"obj-23",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-60",
						1
					],
					"destination": [
						"obj-47",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-51",
						0
					],
					"destination": [
						"obj-62",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-51",
						0
					],
					"destination": [
						"obj-63",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-62",
						0
					],
					"destination": [
						"obj-66",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-63",
						0
					],
					"destination": [
						"obj-66",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-64",
						0
					],
					"destination": [
						"obj-66",
						2
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-65",
						0
					],
					"destination": [
						"obj-66",
						3
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-66",
						0
					],
					"destination": [
						"obj-23",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-66",
						1
					],
					"destination": [
						"obj-47",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-51",
						0
					],
					"destination": [
						"obj-68",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-51",
						0
					],
					"destination": [
						"obj-69",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-68",
						0
					],
					"destination": [
						"obj-72",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-69",
						0
					],
					"destination": [
						"obj-72",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-70",
						0
					],
					"destination": [
						"obj-72",
						2
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-71",
						0
					],
					"destination": [
						"obj-72",
						3
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-72",
						0
					],
					"destination": [
						"obj-23",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-72",
						1
					],
					"destination": [
						"obj-47",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-51",
						0
					],
					"destination": [
						"obj-74",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-51",
						0
					],
					"destination": [
						"obj-75",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-74",
						0
					],
					"destination": [
						"obj-78",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-75",
						0
					],
					"destination": [
						"obj-78",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-76",
						0
					],
					"destination": [
						"obj-78",
						2
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-77",
						0
					],
					"destination": [
						"obj-78",
						3
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-78",
						0
					],
					"destination": [
						"obj-23",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-78",
						1
					],
					"destination": [
						"obj-47",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-51",
						0
					],
					"destination": [
						"obj-80",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-51",
						0
					],
					"destination": [
						"obj-81",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-80",
						0
					],
					"destination": [
						"obj-84",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-81",
						0
					],
					"destination": [
						"obj-84",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-82",
						0
					],
					"destination": [
						"obj-84",
						2
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-83",
						0
					],
					"destination": [
						"obj-84",
						3
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-84",
						0
					],
					"destination": [
						"obj-23",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-84",
						1
					],
					"destination": [
						"obj-47",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-51",
						0
					],
					"destination": [
						"obj-86",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-51",
						0
					],
					"destination": [
						"obj-87",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-86",
						0
					],
					"destination": [
						"obj-90",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-87",
						0
					],
					"destination": [
						"obj-90",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-88",
						0
					],
					"destination": [
						"obj-90",
						2
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-89",
						0
					],
					"destination": [
						"obj-90",
						3
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-90",
						0
					],
					"destination": [
						"obj-23",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-90",
						1
					],
					"destination": [
						"obj-47",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-51",
						0
					],
					"destination": [
						"obj-92",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-51",
						0
					],
					"destination": [
						"obj-93",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-92",
						0
					],
					"destination": [
						"obj-96",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-93",
						0
					],
					"destination": [
						"obj-96",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-94",
						0
					],
					"destination": [
						"obj-96",
						2
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-95",
						0
					],
					"destination": [
						"obj-96",
						3
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-96",
						0
					],
					"destination": [
						"obj-23",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-96",
						1
					],
					"destination": [
						"obj-47",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-51",
						0
					],
					"destination": [
						"obj-98",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-51",
						0
					],
					"destination": [
						"obj-99",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-98",
						0
					],
					"destination": [
						"obj-102",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-99",
						0
					],
					"destination": [
						"obj-102",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-100",
						0
					],
					"destination": [
						"obj-102",
						2
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-101",
						0
					],
					"destination": [
						"obj-102",
						3
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-102",
						0
					],
					"destination": [
						"obj-23",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-102",
						1
					],
					"destination": [
						"obj-47",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-51",
						0
					],
					"destination": [
						"obj-104",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-51",
						0
					],
					"destination": [
						"obj-105",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-104",
						0
					],
					"destination": [
						"obj-108",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-105",
						0
					],
					"destination": [
						"obj-108",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-106",
						0
					],
					"destination": [
						"obj-108",
						2
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-107",
						0
					],
					"destination": [
						"obj-108",
						3
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-108",
						0
					],
					"destination": [
						"obj-23",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-108",
						1
					],
					"destination": [
						"obj-47",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-51",
						0
					],
					"destination": [
						"obj-110",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-51",
						0
					],
					"destination": [
						"obj-111",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-110",
						0
					],
					"destination": [
						"obj-114",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-111",
						0
					],
					"destination": [
						"obj-114",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-112",
						0
					],
					"destination": [
						"obj-114",
						2
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-113",
						0
					],
					"destination": [
						"obj-114",
						3
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-114",
						0
					],
					"destination": [
						"obj-23",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-114",
						1
					],
					"destination": [
						"obj-47",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-51",
						0
					],
					"destination": [
						"obj-116",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-51",
						0
					],
					"destination": [
						"obj-117",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-116",
						0
					],
					"destination": [
						"obj-120",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-117",
						0
					],
					"destination": [
						"obj-120",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-118",
						0
					],
					"destination": [
						"obj-120",
						2
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-119",
						0
					],
					"destination": [
						"obj-120",
						3
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-120",
						0
					],
					"destination": [
						"obj-23",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-120",
						1
					],
					"destination": [
						"obj-47",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-51",
						0
					],
					"destination": [
						"obj-122",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-51",
						0
					],
					"destination": [
						"obj-123",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-122",
						0
					],
					"destination": [
						"obj-126",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-123",
						0
					],
					"destination": [
						"obj-126",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-124",
						0
					],
					"destination": [
						"obj-126",
						2
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-125",
						0
					],
					"destination": [
						"obj-126",
						3
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-126",
						0
					],
					"destination": [
						"obj-23",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-126",
						1
					],
					"destination": [
						"obj-47",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-51",
						0
					],
					"destination": [
						"obj-128",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-51",
						0
					],
					"destination": [
						"obj-129",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-128",
						0
					],
					"destination": [
						"obj-132",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-129",
						0
					],
					"destination": [
						"obj-132",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-130",
						0
					],
					"destination": [
						"obj-132",
						2
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-131",
						0
					],
					"destination": [
						"obj-132",
						3
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-132",
						0
					],
					"destination": [
						"obj-23",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-132",
						1
					],
					"destination": [
						"obj-47",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-51",
						0
					],
					"destination": [
						"obj-134",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-51",
						0
					],
					"destination": [
						"obj-135",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-134",
						0
					],
					"destination": [
						"obj-138",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-135",
						0
					],
					"destination": [
						"obj-138",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-136",
						0
					],
					"destination": [
						"obj-138",
						2
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-137",
						0
					],
					"destination": [
						"obj-138",
						3
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-138",
						0
					],
					"destination": [
						"obj-23",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-138",
						1
					],
					"destination": [
						"obj-47",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-51",
						0
					],
					"destination": [
						"obj-140",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-51",
						0
					],
					"destination": [
						"obj-141",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-140",
						0
					],
					"destination": [
						"obj-144",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-141",
						0
					],
					"destination": [
						"obj-144",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-142",
						0
					],
					"destination": [
						"obj-144",
						2
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-143",
						0
					],
					"destination": [
						"obj-144",
						3
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-144",
						0
					],
					"destination": [
						"obj-23",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-144",
						1
					],
					"destination": [
						"obj-47",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-51",
						0
					],
					"destination": [
						"obj-146",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-51",
						0
					],
					"destination": [
						"obj-147",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-146",
						0
					],
					"destination": [
						"obj-150",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-147",
						0
					],
					"destination": [
						"obj-150",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-148",
						0
					],
					"destination": [
						"obj-150",
						2
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-149",
						0
					],
					"destination": [
						"obj-150",
						3
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-150",
						0
					],
					"destination": [
						"obj-23",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-150",
						1
					],
					"destination": [
						"obj-47",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-12",
						1
					],
					"destination": [
						"obj-151",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-13",
						0
					],
					"destination": [
						"obj-152",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-152",
						1
					],
					"destination": [
						"obj-153",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-28",
						0
					],
					"destination": [
						"obj-154",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-152",
						0
					],
					"destination": [
						"obj-154",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-154",
						0
					],
					"destination": [
						"obj-155",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-155",
						0
					],
					"destination": [
						"obj-153",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-153",
						0
					],
					"destination": [
						"obj-31",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-156",
						0
					],
					"destination": [
						"obj-157",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-157",
						1
					],
					"destination": [
						"obj-160",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-158",
						0
					],
					"destination": [
						"obj-160",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-160",
						0
					],
					"destination": [
						"obj-161",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-160",
						1
					],
					"destination": [
						"obj-162",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-162",
						0
					],
					"destination": [
						"obj-163",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-163",
						0
					],
					"destination": [
						"obj-164",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-161",
						0
					],
					"destination": [
						"obj-164",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-166",
						0
					],
					"destination": [
						"obj-167",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-167",
						0
					],
					"destination": [
						"obj-168",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-164",
						0
					],
					"destination": [
						"obj-169",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-168",
						0
					],
					"destination": [
						"obj-169",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-169",
						0
					],
					"destination": [
						"obj-170",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-169",
						0
					],
					"destination": [
						"obj-171",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-169",
						0
					],
					"destination": [
						"obj-171",
						1
					],
					"order": 1
				}
			},
			{
				"patchline": {
					"source": [
						"obj-172",
						0
					],
					"destination": [
						"obj-171",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-173",
						0
					],
					"destination": [
						"obj-171",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-151",
						1
					],
					"destination": [
						"obj-156",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-151",
						4
					],
					"destination": [
						"obj-162",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-151",
						2
					],
					"destination": [
						"obj-176",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-176",
						0
					],
					"destination": [
						"obj-177",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-151",
						3
					],
					"destination": [
						"obj-179",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-12",
						1
					],
					"destination": [
						"obj-181",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-181",
						0
					],
					"destination": [
						"obj-182",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-13",
						1
					],
					"destination": [
						"obj-184",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-184",
						0
					],
					"destination": [
						"obj-185",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-13",
						1
					],
					"destination": [
						"obj-186",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-190",
						0
					],
					"destination": [
						"obj-191",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-191",
						0
					],
					"destination": [
						"obj-188",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-188",
						0
					],
					"destination": [
						"obj-192",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-192",
						0
					],
					"destination": [
						"obj-193",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-193",
						0
					],
					"destination": [
						"obj-10",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-15",
						0
					],
					"destination": [
						"obj-194",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-194",
						0
					],
					"destination": [
						"obj-196",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-194",
						1
					],
					"destination": [
						"obj-198",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-194",
						2
					],
					"destination": [
						"obj-200",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-194",
						3
					],
					"destination": [
						"obj-202",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-194",
						4
					],
					"destination": [
						"obj-204",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-204",
						0
					],
					"destination": [
						"obj-205",
						0
					],
					"order": 0
				}
			}
		],
		"dependency_cache": [],
		"autosave": 0
	}
}
